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

var schemaOutput = new Option<string>("--output", "-o")
{
    Description = "The directory to write into; created if missing.",
    DefaultValueFactory = _ => "schemas",
};
var schema = new Command("schema", "The JSON Schema of each collection's YAML files, for editors (one <folder>.schema.json each).") { schemaOutput };
schema.SetAction(result => SchemaCommand.Run(result.GetValue(schemaOutput)!, Console.Out, Console.Error));
root.Subcommands.Add(schema);

return root.Parse(args).Invoke();
