using System.CommandLine;
using DefenceData.Cli;
using DefenceData.Cli.Diff;

var root = new RootCommand("DefenceData: India–Israel defence cooperation (July and November 2025) as a typed dataset.");

var timeline = new Command("timeline", "Events in date order, each with its sources.");
timeline.SetAction(_ => TimelineCommand.Run(Console.Out));
root.Subcommands.Add(timeline);

var idArgument = new Argument<string>("id") { Description = "The id of any record, e.g. amir-baram." };
var show = new Command("show", "One record with its citations.") { idArgument };
show.SetAction(result => ShowCommand.Run(result.GetValue(idArgument)!, Console.Out, Console.Error));
root.Subcommands.Add(show);

var formatArgument = new Argument<string>("format")
{
    Description = "json: the whole dataset as one JSON object (to stdout, or dataset.json in --output). csv: one CSV file per table, into --output.",
};
formatArgument.AcceptOnlyFromAmong("json", "csv");
var outputOption = new Option<string>("--output", "-o") { Description = "The directory to write into (needed for csv); created if missing." };
var export = new Command("export", "The whole dataset in a machine-readable format.") { formatArgument, outputOption };
export.SetAction(result =>
{
    var format = result.GetValue(formatArgument)!;
    var directory = result.GetValue(outputOption);
    if (directory is null && format == "csv")
    {
        Console.Error.WriteLine("export csv writes several files: give a directory with --output <dir>.");
        return 2;
    }

    return directory is null
        ? ExportCommand.Run(format, Console.OpenStandardOutput())
        : ExportCommand.RunToDirectory(format, directory, Console.Out, Console.Error);
});
root.Subcommands.Add(export);

var diffPaths = new Argument<string[]>("exports")
{
    Description = "Old then new export (`export json` output). With one file, the new side is this build's data; with --rev, the files are the new side.",
    Arity = new ArgumentArity(0, 2),
};
var revisionOption = new Option<string>("--rev") { Description = "Compare against the export committed at this git revision (the dataset snapshot file), e.g. main or HEAD~1." };
var diffFormatOption = new Option<string>("--format") { Description = "markdown (for people, the default) or json (for tools).", DefaultValueFactory = _ => "markdown" };
diffFormatOption.AcceptOnlyFromAmong(DiffCommand.Formats);
var diff = new Command("diff", "Records added, removed and changed between two exports, each change a field path with old → new values.") { diffPaths, revisionOption, diffFormatOption };
diff.SetAction(result => DiffCommand.Run(result.GetValue(diffPaths) ?? [], result.GetValue(revisionOption), result.GetValue(diffFormatOption)!, Console.Out, Console.Error));
root.Subcommands.Add(diff);

return root.Parse(args).Invoke();
