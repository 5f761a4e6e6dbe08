namespace DefenceData;

/// <summary>A number stated by a source, with how it qualifies it ("over 1,200" is more than 1,200).</summary>
public sealed record Count
{
    /// <summary>The number as given.</summary>
    public required long Value { get; init; }

    /// <summary>How the true figure relates to <see cref="Value"/>.</summary>
    public required CountQualifier Qualifier { get; init; }

    /// <summary>What is counted, e.g. "people killed".</summary>
    public required string What { get; init; }

    /// <summary>A further description the source gives of those counted, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Where the number is stated.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }
}
