namespace DefenceData.Cli;

/// <summary>Where a command writes: text output, error messages, and the raw standard output for binary formats.</summary>
/// <param name="Out">Text output (standard output).</param>
/// <param name="Error">Messages (standard error).</param>
/// <param name="OpenStandardOutput">Opens standard output as a stream, for output written as bytes.</param>
internal sealed record CliIo(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardOutput)
{
    /// <summary>The process's console.</summary>
    public static CliIo Console { get; } = new(System.Console.Out, System.Console.Error, System.Console.OpenStandardOutput);
}

/// <summary>A failure to read or write a file the user named, with a message fit to show as it is.</summary>
internal sealed class CliIoException(string message, Exception? inner = null) : IOException(message, inner);
