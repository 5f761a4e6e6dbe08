using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DefenceData.Generators.Tests.Hostile;

/// <summary>
/// An additional file given as bytes and decoded the way the compiler decodes a file: a BOM wins,
/// otherwise the given encoding (UTF-8 by default, which turns invalid bytes into U+FFFD).
/// </summary>
internal sealed class ByteText(string path, byte[] bytes, Encoding? encoding = null) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(new MemoryStream(bytes), encoding ?? Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>An additional file as the compiler gives one it read with a fallback code page.</summary>
internal sealed class EncodedText(string path, string text, Encoding encoding) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, encoding);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
