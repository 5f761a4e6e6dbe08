namespace DefenceData.Cli.Site;

/// <summary><c>site -o &lt;dir&gt;</c>: writes the static site and says where to open it.</summary>
internal static class SiteCommand
{
    public static int Run(string directory, TextWriter output)
    {
        OutputDirectory.Prepare(directory);
        var pages = SiteBuilder.Write(directory);
        output.WriteLine($"{pages} pages written; open {Path.Combine(directory, "index.html")}");
        return ExitCodes.Success;
    }
}
