using System.Globalization;

namespace DefenceData.Cli.Site;

/// <summary>
/// The events in date order under their years, each date at its precision (a day, a month, a year,
/// a span), a derived date marked with its derivation on hover and focus; events with no date last.
/// </summary>
internal sealed class TimelinePage(SiteRecords records)
{
    public Html Write()
    {
        var events = Dataset.Events.OrderBy(e => e.Date is null).ThenBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var html = new Html();
        html.Element("h1", "Timeline").Line();
        html.Element("p", "Every event the articles report, at the precision they give its date. A date marked “derived” is not stated by the article: hover over or focus the mark to read how it was derived.", ("class", "note")).Line();
        foreach (var year in events.GroupBy(e => e.Date?.Year))
        {
            var heading = year.Key?.ToString(CultureInfo.InvariantCulture) ?? "Date not given";
            html.Open("section", ("class", "year"), ("aria-label", heading)).Element("h2", heading).Open("ol", ("class", "timeline")).Line();
            foreach (var e in year)
            {
                Event(html, e);
            }

            html.Close("ol").Close("section").Line();
        }

        return html;
    }

    private void Event(Html html, Event e)
    {
        var record = records.Find("events", e.Id)!;
        html.Open("li", ("class", "event"), ("id", e.Id)).Open("div", ("class", "when"));
        if (e.Date is { } date)
        {
            ValueWriter.Date(html, date, e.DateDerivation, e.EndDate, e.LatestDate);
        }
        else
        {
            html.Element("span", "no date given", ("class", "unknown"));
        }

        html.Close("div").Open("div", ("class", "what"));
        html.Open("h3").Link(records.PagePath(record), e.Title).Close("h3");
        html.Element("p", JsonKebab(e.Type), ("class", "type"));
        var sources = e.Citations.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        html.Open("p", ("class", "sources")).Text("Sources: ");
        var first = true;
        foreach (var sourceId in sources)
        {
            if (!first)
            {
                html.Raw("; ");
            }

            first = false;
            html.Link(records.PagePath(records.Find(records.Sources.Name, sourceId)!), RecordLabels.SourceLabel(sourceId));
        }

        html.Close("p").Close("div").Close("li").Line();
    }

    private static string JsonKebab(Enum value) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()).Replace('-', ' ');
}
