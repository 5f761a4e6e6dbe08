using System.CommandLine;
using System.CommandLine.Help;
using DefenceData.Cli.Diff;
using DefenceData.Cli.Site;

namespace DefenceData.Cli;

/// <summary>
/// The command line: builds the commands, runs the one asked for, and turns every failure into one
/// line on standard error and its exit code (<see cref="ExitCodes"/>), never a stack trace.
/// </summary>
internal static class CliApp
{
    public static int Run(string[] args, CliIo io)
    {
        var root = Build(io);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            foreach (var parseError in parsed.Errors)
            {
                io.Error.WriteLine(parseError.Message);
            }

            io.Error.WriteLine("Run 'help' for the commands and their options.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine(e is CliIoException ? e.Message : "cannot write the output: " + OutputDirectory.OneLine(e.Message));
            return ExitCodes.IoFailure;
        }
    }

    /// <summary>The program's name in usage and help: the tool's command name, whether run as the tool, the native binary or with `dotnet run`.</summary>
    public const string ProgramName = "defencedata";

    private static Command Build(CliIo io)
    {
        // A plain command as the root, not RootCommand, whose name is the executable's file name (DefenceData.Cli
        // under the JIT, DefenceData for the native binary): one name everywhere.
        var root = new Command(ProgramName, "DefenceData: India–Israel defence cooperation (July and November 2025) as a typed dataset.")
        {
            Options = { new HelpOption(), new VersionOption() },
        };
        root.SetAction(_ =>
        {
            Help(root, null, io);
            return ExitCodes.Usage;
        });

        var timeline = new Command("timeline", "Events in date order, each with its sources.");
        timeline.SetAction(_ => TimelineCommand.Run(io.Out));
        root.Subcommands.Add(timeline);

        var collectionArgument = new Argument<string?>("collection")
        {
            Description = "A collection (people, events, weapon-systems, …); without it, the collections with their counts.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var list = new Command("list", "The collections, or one collection's ids with titles.") { collectionArgument };
        list.SetAction(result => ListCommand.Run(result.GetValue(collectionArgument), io.Out, io.Error));
        root.Subcommands.Add(list);

        var idArgument = new Argument<string>("id") { Description = "The id of any record, e.g. amir-baram (any case)." };
        var show = new Command("show", "One record with its citations, as JSON.") { idArgument };
        show.SetAction(result => ShowCommand.Run(result.GetValue(idArgument)!, io.Out, io.Error));
        root.Subcommands.Add(show);

        root.Subcommands.Add(Export(io));

        var siteOutput = new Option<string>("--output", "-o") { Description = "The directory to write the site into; created if missing.", Required = true };
        var siteArticles = new Option<string>("--articles")
        {
            Description = "The folder of the article texts, shown in full with their quoted passages marked (not in any package).",
            DefaultValueFactory = _ => Site.ArticleTexts.DefaultDirectory,
        };
        var site = new Command("site", "A static site of the dataset: timeline, a page per record, each article with its quoted passages marked.") { siteOutput, siteArticles };
        site.SetAction(result => SiteCommand.Run(result.GetValue(siteOutput)!, result.GetValue(siteArticles)!, io.Out));
        root.Subcommands.Add(site);

        var schemaOutput = new Option<string>("--output", "-o") { Description = "The directory to write into; created if missing.", DefaultValueFactory = _ => "schemas" };
        var schema = new Command("schema", "The JSON Schema of each collection's YAML files, for editors (<folder>.schema.json each; default directory schemas).") { schemaOutput };
        schema.SetAction(result => SchemaCommand.Run(result.GetValue(schemaOutput)!, io.Out, io.Error));
        root.Subcommands.Add(schema);

        root.Subcommands.Add(Diff(io));

        var commandArgument = new Argument<string?>("command") { Description = "The command to explain.", Arity = ArgumentArity.ZeroOrOne };
        var help = new Command("help", "The commands, or one command's arguments and options.") { commandArgument };
        help.SetAction(result => Help(root, result.GetValue(commandArgument), io));
        root.Subcommands.Add(help);
        return root;
    }

    private static Command Export(CliIo io)
    {
        var formatArgument = new Argument<string>("format")
        {
            Description = string.Join(" ", ExportCommand.Formats.Select(f => $"{f.Name}: {f.Description}.")),
        };
        formatArgument.AcceptOnlyFromAmong([.. ExportCommand.Formats.Select(f => f.Name)]);
        var outputOption = new Option<string>("--output", "-o") { Description = "The directory to write into; created if missing." };
        var export = new Command("export", "The whole dataset in a machine-readable format.") { formatArgument, outputOption };
        export.SetAction(result =>
        {
            var format = result.GetValue(formatArgument)!;
            var directory = result.GetValue(outputOption);
            if (directory is not null)
            {
                return ExportCommand.RunToDirectory(format, directory, io.Out);
            }

            if (ExportCommand.NeedsDirectory(format))
            {
                io.Error.WriteLine($"export {format} writes several files: give a directory with --output <dir>.");
                return ExitCodes.Usage;
            }

            using var stdout = io.OpenStandardOutput();
            return ExportCommand.Run(format, stdout);
        });
        return export;
    }

    private static Command Diff(CliIo io)
    {
        var paths = new Argument<string[]>("exports")
        {
            Description = "Old then new export (`export json` output). With one file, the new side is this build's data; with --rev, the file is the new side.",
            Arity = new ArgumentArity(0, 2),
        };
        var revision = new Option<string>("--rev") { Description = "Compare against the export committed at this git revision (the dataset snapshot file), e.g. main or HEAD~1." };
        var format = new Option<string>("--format") { Description = "markdown (for people, the default) or json (for tools).", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong(DiffCommand.Formats);
        var diff = new Command("diff", "Records added, removed and changed between two exports, each change a field path with old → new values.") { paths, revision, format };
        diff.SetAction(result => DiffCommand.Run(result.GetValue(paths) ?? [], result.GetValue(revision), result.GetValue(format)!, io.Out, io.Error));
        return diff;
    }

    private static int Help(Command root, string? command, CliIo io)
    {
        if (command is not null && root.Subcommands.All(c => c.Name != command))
        {
            io.Error.WriteLine($"No command is named '{command}'. Commands: {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
            return ExitCodes.Usage;
        }

        string[] args = command is null ? ["--help"] : [command, "--help"];
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Error });
    }
}
