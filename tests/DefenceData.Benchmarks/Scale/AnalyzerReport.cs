using System.Globalization;
using System.Text.RegularExpressions;

namespace DefenceData.Benchmarks.Scale;

/// <summary>
/// The generator's own time inside csc, from the compiler's <c>/reportanalyzer</c> table
/// (<c>-p:ReportAnalyzer=true</c>; MSBuild logs it at detailed verbosity, so builds write a detailed
/// file log). It is the time csc spent in the generator during the real build, including loading
/// and JIT-compiling it and YamlDotNet in that fresh compiler.
/// </summary>
internal static partial class AnalyzerReport
{
    /// <summary>Seconds the DefenceData generator assembly took, as csc reports it in <paramref name="buildLog"/>.</summary>
    public static double GeneratorSeconds(string buildLog)
    {
        var match = GeneratorLine().Match(File.ReadAllText(buildLog));
        return match.Success
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("No /reportanalyzer line for DefenceData.Generators in " + buildLog);
    }

    // "   1.548   67   DefenceData.Generators, Version=0.2.0.0, Culture=neutral, PublicKeyToken=null"
    [GeneratedRegex(@"^\s*([0-9]+\.[0-9]+)\s+\S+\s+DefenceData\.Generators, Version=", RegexOptions.Multiline)]
    private static partial Regex GeneratorLine();
}
