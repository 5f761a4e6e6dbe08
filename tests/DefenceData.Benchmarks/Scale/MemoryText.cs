using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DefenceData.Benchmarks.Scale;

/// <summary>An additional file held in memory, as an editor holds an open document.</summary>
internal sealed class MemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
