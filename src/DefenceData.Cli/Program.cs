using System.CommandLine;
using DefenceData.Cli;

var root = new RootCommand("DefenceData: India–Israel defence cooperation (July and November 2025) as a typed dataset.");

var timeline = new Command("timeline", "Events in date order, each with its sources.");
timeline.SetAction(_ => TimelineCommand.Run(Console.Out));
root.Subcommands.Add(timeline);

var idArgument = new Argument<string>("id") { Description = "The id of any record, e.g. amir-baram." };
var show = new Command("show", "One record with its citations.") { idArgument };
show.SetAction(result => ShowCommand.Run(result.GetValue(idArgument)!, Console.Out, Console.Error));
root.Subcommands.Add(show);

var formatArgument = new Argument<string>("format") { Description = "json: the whole dataset to stdout as one JSON object." };
formatArgument.AcceptOnlyFromAmong("json");
var export = new Command("export", "The whole dataset in a machine-readable format.") { formatArgument };
export.SetAction(result => ExportCommand.Run(result.GetValue(formatArgument)!, Console.OpenStandardOutput()));
root.Subcommands.Add(export);

return root.Parse(args).Invoke();
