using DefenceData.Cli;

return CliApp.Run(args, CliIo.Console);
