using DefenceData.Annotations;

namespace DefenceData;

/// <summary>Evidence for a fact: a source and a verbatim quote from it, checked at build time.</summary>
public sealed partial record Citation
{
    /// <summary>The id of the <see cref="DefenceData.Source"/> the quote is from.</summary>
    [Reference(typeof(Source))]
    public required string SourceId { get; init; }

    /// <summary>The quoted words, verbatim from the source's article text.</summary>
    [VerbatimQuote(nameof(SourceId))]
    public required string Quote { get; init; }
}
