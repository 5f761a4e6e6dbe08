namespace DefenceData;

/// <summary>Queries over <see cref="Count"/>s that respect alternative reports of one figure.</summary>
public static class Counts
{
    /// <summary>
    /// One figure per fact: the first report of each <see cref="Count.FactId"/>, in the order given, and
    /// every figure without one. Sum these (leaving out those <see cref="Count.PartOf"/> another) and no
    /// number is counted twice.
    /// </summary>
    /// <param name="figures">Figures of one event or of many (e.g. <c>Dataset.Events.SelectMany(e =&gt; e.Figures)</c>).</param>
    /// <returns>The figures, each fact once, in the order given.</returns>
    public static IEnumerable<Count> OnePerFact(this IEnumerable<Count> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return Iterate(figures);

        static IEnumerable<Count> Iterate(IEnumerable<Count> figures)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var figure in figures)
            {
                if (figure.FactId is null || seen.Add(figure.FactId))
                {
                    yield return figure;
                }
            }
        }
    }
}
