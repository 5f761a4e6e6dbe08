namespace DefenceData.Cli.Site;

/// <summary>The home page: what the dataset is, the way in (timeline, conflicts, articles), and every collection with its count.</summary>
internal sealed class IndexPage(SiteRecords records)
{
    public Html Write()
    {
        var html = new Html();
        html.Element("h1", "India–Israel defence cooperation, July and November 2025").Line();
        html.Element("p", $"{DatasetInfo.Describe()}. Every record and every fact in it cites a verbatim passage of its article; each article is shown in full with the quoted passages marked, so you can go from a fact to its words and back.").Line();
        html.Open("ul", ("class", "ways-in")).Line();
        html.Open("li").Link("timeline.html", "Timeline").Text(": the events in date order, at the precision the articles give.").Close("li").Line();
        html.Open("li").Link("conflicts.html", "Where the articles differ").Text(": conflicting reports side by side.").Close("li").Line();
        html.Close("ul").Line();

        html.Element("h2", "The articles").Open("ul", ("class", "records")).Line();
        foreach (var source in records.In(records.Sources))
        {
            var headline = ((Source)source.Record).Headline;
            html.Open("li").Link(records.PagePath(source), source.Title).Text(headline is null ? "" : $": {headline}").Close("li").Line();
        }

        html.Close("ul").Line();
        html.Element("h2", "Collections").Open("ul", ("class", "collections")).Line();
        foreach (var collection in records.Collections)
        {
            html.Open("li").Link(collection.Folder + "/index.html", collection.Heading).Text($" ({records.In(collection).Count()})").Close("li").Line();
        }

        html.Close("ul").Line();
        return html;
    }
}
