using DefenceData.Annotations;

namespace DefenceData;

/// <summary>A news article the dataset is drawn from.</summary>
public sealed partial record Source
{
    /// <summary>The stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>The headline, where the article gives one.</summary>
    public string? Headline { get; init; }

    /// <summary>The outlet that published the article, where it is named.</summary>
    public string? Outlet { get; init; }

    /// <summary>The news agency the article says it is based on (e.g. ANI, PTI), if any.</summary>
    public string? Attribution { get; init; }

    /// <summary>The dateline place, where the article gives one.</summary>
    public string? Dateline { get; init; }

    /// <summary>The publication date, where the article gives one.</summary>
    public PartialDate? Published { get; init; }

    /// <summary>The publication time as the article gives it (e.g. "22:20 IST"), if any.</summary>
    public string? PublishedTime { get; init; }

    /// <summary>The image credit the article prints, if any.</summary>
    public string? ImageCredit { get; init; }

    /// <summary>The article text, relative to the data directory.</summary>
    [EvidenceFile]
    public required string EvidenceFile { get; init; }
}
