namespace DefenceData;

/// <summary>
/// What a CAMEO event code means, from the codebook GDELT publishes (data/reference/cameo, provenance
/// in docs/DATA.md): derived from a record's <c>cameoCode</c>, never typed in the data.
/// </summary>
/// <param name="Code">The code as the data gives it (<c>"042"</c>).</param>
/// <param name="Description">The codebook's words for it (<c>"Make a visit"</c>).</param>
/// <param name="BaseCode">Its first three digits (GDELT's <c>EventBaseCode</c>): the code itself for a two- or three-digit code.</param>
/// <param name="RootCode">Its first two digits (GDELT's <c>EventRootCode</c>, <c>"04"</c>).</param>
/// <param name="RootName">The codebook's words for the root (<c>"CONSULT"</c>).</param>
/// <param name="QuadClass">GDELT's primary class of the root.</param>
/// <param name="GoldsteinScale">Its place on the Goldstein conflict–cooperation scale, −10 to +10, as GDELT's lookup table gives it.</param>
public sealed record CameoEntry(string Code, string Description, string BaseCode, string RootCode, string RootName, QuadClass QuadClass, double GoldsteinScale);
