namespace DefenceData.Cli.Site;

/// <summary>The conflicts between articles (<see cref="Conflicts"/>), each shown side by side: one column per article.</summary>
internal sealed class ConflictsPage(SiteRecords records, Passages passages)
{
    public Html Write()
    {
        var values = new ValueWriter(records, passages, "");
        var conflicts = Conflicts.Find();
        var html = new Html();
        html.Element("h1", "Where the articles differ").Line();
        html.Element("p", "The data never merges or reconciles differing reports: each version is kept with its own source. Here they are side by side, one column per article.", ("class", "note")).Line();
        foreach (var conflict in conflicts)
        {
            html.Open("section", ("class", "conflict"), ("aria-labelledby", $"conflict-{conflict.Record.Id}-{conflict.Field.Name}")).Line();
            html.Open("h2", ("id", $"conflict-{conflict.Record.Id}-{conflict.Field.Name}"));
            values.RecordLink(html, conflict.Record);
            html.Text(": " + values.Label(conflict.Field).ToLowerInvariant()).Close("h2").Line();
            html.Open("div", ("class", "side-by-side")).Line();
            foreach (var (sourceId, items) in conflict.BySource)
            {
                html.Open("article", ("class", "version")).Open("h3").Link(records.PagePath(records.Find(records.Sources.Name, sourceId)!), RecordLabels.SourceLabel(sourceId)).Close("h3").Line();
                foreach (var (item, path) in items)
                {
                    values.Fields(html, conflict.Record, item, conflict.Field.Value.Element!.Object!, path + ".", _ => true);
                    values.Citations(html, conflict.Record, item, conflict.Field.Value.Element!.Object!, path + ".");
                }

                html.Close("article").Line();
            }

            html.Close("div").Close("section").Line();
        }

        return html;
    }
}
