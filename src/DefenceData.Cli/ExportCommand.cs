using DefenceData.Cli.Csv;
using DefenceData.Export;

namespace DefenceData.Cli;

/// <summary>Writes the whole dataset in a machine-readable format.</summary>
internal static class ExportCommand
{
    /// <summary>json: one JSON object to the stream.</summary>
    public static int Run(string format, Stream output)
    {
        switch (format)
        {
            case "json":
                DatasetJson.Write(output);
                output.WriteByte((byte)'\n');
                output.Flush();
                return 0;
            default:
                Console.Error.WriteLine($"Unknown format '{format}'.");
                return 2;
        }
    }

    /// <summary>json or csv into a directory: <c>dataset.json</c>, or one CSV file per table.</summary>
    public static int RunToDirectory(string format, string directory, TextWriter output, TextWriter error)
    {
        switch (format)
        {
            case "json":
                Directory.CreateDirectory(directory);
                var path = Path.Combine(directory, "dataset.json");
                using (var stream = File.Create(path))
                {
                    Run(format, stream);
                }

                output.WriteLine(path);
                return 0;
            case "csv":
                foreach (var file in CsvExport.Write(directory))
                {
                    output.WriteLine(file);
                }

                return 0;
            default:
                error.WriteLine($"Unknown format '{format}'.");
                return 2;
        }
    }
}
