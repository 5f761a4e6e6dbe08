using DefenceData.Annotations;

namespace DefenceData;

/// <summary>An area of cooperation or a subject named in the articles (R&amp;D, cyber security, …).</summary>
public sealed partial record Topic
{
    /// <summary>The stable kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>The name as the articles give it.</summary>
    public required string Name { get; init; }

    /// <summary>What the articles say of it, in brief: claims, each with the quotes that support it.</summary>
    public IReadOnlyList<Claim> Description { get; init; } = [];

    /// <summary>The whole <see cref="Description"/> as one text, its claims joined; <see langword="null"/> without claims.</summary>
    public string? DescriptionText => Claim.Join(Description);

    /// <summary>The broader topics it is listed under (e.g. drone technology under the joint R&amp;D initiatives).</summary>
    [Reference(typeof(Topic))]
    public IReadOnlyList<string> BroaderIds { get; init; } = [];

    /// <summary>
    /// Topics the articles name in like words, neither broader than the other (cyber-defence in one article,
    /// cyber security in another); listed on both topics.
    /// </summary>
    [Reference(typeof(Topic))]
    public IReadOnlyList<string> RelatedTopicIds { get; init; } = [];

    /// <summary>Where the articles name it.</summary>
    [MinItems(1)]
    public required IReadOnlyList<Citation> Citations { get; init; }
}
