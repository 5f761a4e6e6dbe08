using DefenceData.Annotations;

namespace DefenceData;

/// <summary>
/// One statement of fact in a summary or description, with the quotes that support it: every claim is cited
/// (the build refuses one without a citation, DD0027) and each quote is checked against its article.
/// </summary>
public sealed record Claim
{
    /// <summary>The claim, one sentence or less, saying no more than its quotes.</summary>
    public required string Text { get; init; }

    /// <summary>The quotes that support the claim.</summary>
    [MinItems(1)]
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>The texts of <paramref name="claims"/> joined with spaces, the whole summary or description as one string.</summary>
    /// <param name="claims">The claims, in order.</param>
    /// <returns>The joined text; <see langword="null"/> when there are no claims.</returns>
    public static string? Join(IReadOnlyList<Claim>? claims) =>
        claims is null || claims.Count == 0 ? null : string.Join(" ", claims.Select(c => c.Text));
}
