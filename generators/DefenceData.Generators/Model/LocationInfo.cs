using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DefenceData.Generators.Model;

/// <summary>A place in a file, kept as plain values so models stay equatable (never a <see cref="Location"/>).</summary>
internal sealed record LocationInfo(string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>
    /// A location from YamlDotNet marks, which count lines and columns from 1. Clamped, since a
    /// negative line would make Roslyn throw while reporting, outside any catch.
    /// </summary>
    public static LocationInfo FromMarks(string path, YamlDotNet.Core.Mark start, YamlDotNet.Core.Mark end)
    {
        var startLine = (int)System.Math.Max(0, start.Line - 1);
        var startColumn = (int)System.Math.Max(0, start.Column - 1);
        var endLine = (int)System.Math.Max(startLine, end.Line - 1);
        var endColumn = (int)System.Math.Max(0, end.Column - 1);
        if (endLine == startLine && endColumn < startColumn)
        {
            endColumn = startColumn;
        }

        return new(path, (int)System.Math.Max(0, start.Index), (int)System.Math.Max(0, end.Index - start.Index), startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The first character of a file.</summary>
    public static LocationInfo FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);

    public static LocationInfo? From(Location? location)
    {
        if (location is null || location.SourceTree is null)
        {
            return null;
        }

        var span = location.GetLineSpan();
        return new LocationInfo(span.Path, location.SourceSpan.Start, location.SourceSpan.Length,
            span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character);
    }

    public Location ToLocation() => Location.Create(
        Path,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}
