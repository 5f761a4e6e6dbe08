namespace DefenceData.Cli;

/// <summary>The CLI's exit codes (documented in the README): each kind of failure has its own.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command line is wrong: an unknown command, option or value, a missing argument.</summary>
    public const int Usage = 2;

    /// <summary>No record has the id asked for.</summary>
    public const int NotFound = 3;

    /// <summary>Reading or writing failed: the output path is a file or cannot be written, the disk is full.</summary>
    public const int IoFailure = 4;
}
