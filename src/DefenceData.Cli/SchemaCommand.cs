namespace DefenceData.Cli;

/// <summary>Writes the JSON Schema of each collection's YAML files (generated from the record types) into a directory.</summary>
internal static class SchemaCommand
{
    public static int Run(string directory, TextWriter output, TextWriter error)
    {
        try
        {
            foreach (var path in DataSchemas.WriteTo(directory))
            {
                output.WriteLine(path);
            }

            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cannot write the schemas into '{directory}': {OutputDirectory.OneLine(e.Message)}");
            return ExitCodes.IoFailure;
        }
    }
}
