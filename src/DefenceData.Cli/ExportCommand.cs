using DefenceData.Cli.Csv;
using DefenceData.Cli.Gdelt;
using DefenceData.Cli.Parquet;
using DefenceData.Export;

namespace DefenceData.Cli;

/// <summary>Writes the whole dataset in a machine-readable format.</summary>
internal static class ExportCommand
{
    /// <summary>The formats, each with what it writes.</summary>
    public static IReadOnlyList<(string Name, string Description)> Formats { get; } =
    [
        ("json", "the whole dataset as one JSON object (to standard output, or dataset.json in --output)"),
        ("csv", "one CSV file per table and a Frictionless datapackage.json, into --output"),
        ("parquet", "the same tables as csv, typed, one Parquet file each, into --output"),
        ("gdelt", "events and statements as one tab-separated file with GDELT 2.0's event columns, then the dataset's own (events.tsv in --output)"),
    ];

    /// <summary>The formats that write several files and so need a directory.</summary>
    public static bool NeedsDirectory(string format) => format != "json";

    /// <summary>json: one JSON object to the stream.</summary>
    public static int Run(string format, Stream output)
    {
        switch (format)
        {
            case "json":
                DatasetJson.Write(output);
                output.WriteByte((byte)'\n');
                output.Flush();
                return ExitCodes.Success;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a format written to a stream.");
        }
    }

    /// <summary>Any format into a directory: <c>dataset.json</c>, or one file per table.</summary>
    public static int RunToDirectory(string format, string directory, TextWriter output)
    {
        OutputDirectory.Prepare(directory);
        foreach (var file in Write(format, directory))
        {
            output.WriteLine(file);
        }

        return ExitCodes.Success;
    }

    private static IReadOnlyList<string> Write(string format, string directory)
    {
        switch (format)
        {
            case "json":
                var path = Path.Combine(directory, "dataset.json");
                using (var stream = File.Create(path))
                {
                    Run(format, stream);
                }

                return [path];
            case "csv":
                return CsvExport.Write(directory);
            case "parquet":
                return ParquetExport.Write(directory);
            case "gdelt":
                return GdeltExport.Write(directory);
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format.");
        }
    }
}
