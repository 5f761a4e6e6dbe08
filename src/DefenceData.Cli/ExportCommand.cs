using DefenceData.Export;

namespace DefenceData.Cli;

/// <summary>Writes the whole dataset in a machine-readable format.</summary>
internal static class ExportCommand
{
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
}
