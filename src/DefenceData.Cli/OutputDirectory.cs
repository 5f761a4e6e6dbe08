namespace DefenceData.Cli;

/// <summary>Prepares the directory a command writes into, with messages that name the problem.</summary>
internal static class OutputDirectory
{
    /// <summary>Creates the directory if missing; a path that is a file is refused.</summary>
    /// <param name="path">The directory the user gave.</param>
    /// <returns>The same path.</returns>
    /// <exception cref="CliIoException">The path is a file, or the directory cannot be created.</exception>
    public static string Prepare(string path)
    {
        if (File.Exists(path))
        {
            throw new CliIoException($"'{path}' is a file; --output needs a directory.");
        }

        try
        {
            Directory.CreateDirectory(path);
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliIoException($"cannot create the directory '{path}': {OneLine(e.Message)}", e);
        }
    }

    /// <summary>An exception message on one line.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The message with line breaks as spaces.</returns>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
