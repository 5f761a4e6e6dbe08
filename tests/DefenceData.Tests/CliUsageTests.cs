using DefenceData.Cli;

namespace DefenceData.Tests;

/// <summary>The CLI as a person meets it: help, list, forgiving lookups, one-line errors and distinct exit codes.</summary>
public sealed class CliUsageTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("defencedata-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Help_as_a_word_lists_every_command()
    {
        var (code, output, _) = Run("help");
        Assert.Equal(ExitCodes.Success, code);
        Assert.All(["timeline", "list", "show", "export", "help"], c => Assert.Contains(c, output, StringComparison.Ordinal));
    }

    [Fact]
    public void Help_of_a_command_shows_its_options()
    {
        var (code, output, _) = Run("help", "export");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("--output", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_of_an_unknown_command_is_a_usage_error()
    {
        var (code, _, error) = Run("help", "frob");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("'frob'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_prints_help_and_is_a_usage_error()
    {
        var (code, output, _) = Run();
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("Commands:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timeline", "--bogus")]
    [InlineData("list", "people", "--bogus")]
    [InlineData("show", "amir-baram", "--verbose")]
    [InlineData("export", "json", "--pretty")]
    [InlineData("frob")]
    public void Unknown_commands_and_options_are_refused_as_usage_errors(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", output);
        Assert.Contains("Unrecognized command or argument", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_export_format_is_a_usage_error()
    {
        var (code, _, error) = Run("export", "xml");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }

    [Fact]
    public void List_without_a_collection_shows_every_collection_with_its_count()
    {
        var (code, output, _) = Run("list");
        Assert.Equal(ExitCodes.Success, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(DataFiles.Collections.Select(c => c.ExportName), lines.Select(l => l.Split(' ')[0]));
        Assert.All(DataFiles.Collections, c => Assert.Contains(lines, l => l.StartsWith(c.ExportName + " ", StringComparison.Ordinal) && l.Contains($" {c.Ids.Count} records", StringComparison.Ordinal)));
    }

    [Fact]
    public void List_of_a_collection_shows_each_id_with_its_title()
    {
        var (code, output, _) = Run("list", "people");
        Assert.Equal(ExitCodes.Success, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(DataFiles.Collections.Single(c => c.ExportName == "people").Ids, lines.Select(l => l.Split(' ')[0]));
        Assert.Contains(lines, l => l.StartsWith("amir-baram ", StringComparison.Ordinal) && l.EndsWith("Amir Baram", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("weapon-systems")]
    [InlineData("weaponSystems")]
    [InlineData("WEAPONSYSTEMS")]
    public void List_takes_a_collection_by_folder_or_export_name_in_any_case(string name)
    {
        var (code, output, _) = Run("list", name);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("barak-8", output, StringComparison.Ordinal);
    }

    [Fact]
    public void List_of_an_unknown_collection_names_the_collections()
    {
        var (code, _, error) = Run("list", "persons");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("people", error, StringComparison.Ordinal);
    }

    [Fact]
    public void List_of_sources_labels_them_by_outlet_and_date()
    {
        var (_, output, _) = Run("list", "sources");
        Assert.Contains("article-000  ANI, 2025-07-24", output, StringComparison.Ordinal);
        Assert.Contains("article-002  Devdiscourse, 2025-07-23", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_matches_an_id_in_any_case()
    {
        var (code, output, _) = Run("show", "Amir-BARAM");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("\"id\": \"amir-baram\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_a_misspelt_id_suggests_the_nearest()
    {
        var (code, _, error) = Run("show", "amir-barm");
        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Contains("Did you mean: amir-baram?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_part_of_an_id_suggests_ids_containing_it()
    {
        var (_, _, error) = Run("show", "katz");
        Assert.Contains("israel-katz", error, StringComparison.Ordinal);
        Assert.Contains("singh-katz-meeting-2025-11-04", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_an_id_like_none_says_where_ids_are_listed()
    {
        var (code, _, error) = Run("show", "zzzzzzzzzzzz");
        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Contains("'list <collection>'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_csv_without_a_directory_is_a_usage_error()
    {
        var (code, _, error) = Run("export", "csv");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--output", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_one_line_and_an_io_failure()
    {
        var file = Path.Combine(_directory, "taken");
        File.WriteAllText(file, "");
        var (code, _, error) = Run("export", "csv", "-o", file);
        Assert.Equal(ExitCodes.IoFailure, code);
        Assert.Equal($"'{file}' is a file; --output needs a directory.\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_output_path_that_cannot_be_created_is_one_line_and_an_io_failure()
    {
        var file = Path.Combine(_directory, "taken");
        File.WriteAllText(file, "");
        var (code, _, error) = Run("export", "json", "-o", Path.Combine(file, "below"));
        Assert.Equal(ExitCodes.IoFailure, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("cannot create the directory", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_full_disk_is_one_line_and_an_io_failure()
    {
        Skip.IfNot(File.Exists("/dev/full"), "needs /dev/full (Linux)");
        var error = new StringWriter();
        var code = CliApp.Run(["export", "json"], new CliIo(TextWriter.Null, error, () => File.OpenWrite("/dev/full")));
        Assert.Equal(ExitCodes.IoFailure, code);
        Assert.Equal("cannot write the output: No space left on device : '/dev/full'\n", error.ToString().ReplaceLineEndings("\n"));
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new CliIo(output, error, () => new MemoryStream()));
        return (code, output.ToString(), error.ToString());
    }
}
