namespace DefenceData;

/// <summary>An area of cooperation or a subject named in the articles (R&amp;D, cyber security, …).</summary>
public sealed record Topic
{
    /// <summary>The stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>The name as the articles give it.</summary>
    public required string Name { get; init; }

    /// <summary>Where the articles name it.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }
}
