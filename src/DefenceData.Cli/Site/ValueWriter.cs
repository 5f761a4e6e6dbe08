using System.Collections;
using System.Globalization;
using DefenceData.Metadata;

namespace DefenceData.Cli.Site;

/// <summary>
/// Writes a record's data fields (from its generated metadata) as a reader sees them, by kind of value: dates at their
/// precision, ids as links to their records, lists as lists, lists of objects (roles, figures) as
/// tables with their own sources, claims (a summary, a description) as a paragraph of sentences whose
/// quotes show on hover, keyboard focus and in print, citations as quotes linked to their passage in the article.
/// </summary>
internal sealed class ValueWriter(SiteRecords records, Passages passages, string root)
{
    /// <summary>The fields of an object as a definition list, skipping unknown (null) and empty values and what is written elsewhere.</summary>
    public void Fields(Html html, IndexedRecord owner, object value, RecordTypeMetadata type, string path, Func<FieldMetadata, bool> include)
    {
        html.Open("dl", ("class", "fields")).Line();
        var derivation = DerivationOf(value, type);
        foreach (var field in type.Fields.Where(include))
        {
            var fieldValue = field.GetValue(value);
            if (IsEmpty(fieldValue) || IsCitations(field.Value) || IsObjectList(field.Value))
            {
                continue;
            }

            html.Element("dt", Label(field));
            html.Open("dd");
            Value(html, owner, field, field.Value, fieldValue!, path + field.Key, derivation);
            html.Close("dd").Line();
        }

        html.Close("dl").Line();
    }

    /// <summary>
    /// The claims of a record (its summary or description), one section each: the claims as one paragraph,
    /// each claim focusable, its quotes (each linked to its passage in the article, with the anchor the
    /// article's passage links back to) shown on hover and focus, and always in print.
    /// </summary>
    public void Claims(Html html, IndexedRecord owner, object value, RecordTypeMetadata type)
    {
        foreach (var field in type.Fields.Where(f => IsClaims(f.Value)))
        {
            var claims = ((IEnumerable)field.GetValue(value)!).Cast<object>().ToArray();
            if (claims.Length == 0)
            {
                continue;
            }

            var element = field.Value.Element!.Object!;
            var text = element.Field("text")!;
            html.Open("section", ("class", "claims")).Element("h2", Label(field)).Line().Open("p", ("class", "claims"));
            for (var i = 0; i < claims.Length; i++)
            {
                var path = $"{field.Key}[{i.ToString(CultureInfo.InvariantCulture)}]";
                var quotesId = "quotes-" + string.Join('-', path.Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries));
                if (i > 0)
                {
                    html.Raw(" ");
                }

                html.Open("span", ("class", "claim"), ("tabindex", "0"), ("aria-describedby", quotesId))
                    .Text((string)text.GetValue(claims[i])!)
                    .Open("span", ("class", "claim-quotes"), ("id", quotesId), ("role", "tooltip"));
                ClaimQuotes(html, owner, claims[i], element, path + ".");
                html.Close("span").Close("span");
            }

            html.Close("p").Close("section").Line();
        }
    }

    /// <summary>A claim's quotes, inline (they sit inside a paragraph): each linked to its passage in the article.</summary>
    private void ClaimQuotes(Html html, IndexedRecord owner, object claim, RecordTypeMetadata type, string path)
    {
        foreach (var (citationPath, citation) in RecordWalker.Citations(claim, type, path))
        {
            var site = new CitationSite(owner, citationPath, citation);
            var passage = passages.For(site);
            var source = records.Find(records.Sources.Name, citation.SourceId);
            html.Open("span", ("class", "claim-quote"), ("id", CitationAnchor(citationPath)), ("data-cite", site.Key));
            html.Element("q", citation.Quote).Raw(" — ");
            html.Link(root + records.PagePath(source!) + (passage is null ? "" : "#" + passage.Id), RecordLabels.SourceLabel(citation.SourceId), "cite", "Read these words in the article");
            html.Close("span");
        }
    }

    /// <summary>The lists of objects of a record, one table each (roles over time, figures), each row with its sources.</summary>
    public void ObjectLists(Html html, IndexedRecord owner, object value, RecordTypeMetadata type)
    {
        foreach (var field in type.Fields.Where(f => IsObjectList(f.Value) && !IsClaims(f.Value)))
        {
            var items = ((IEnumerable)field.GetValue(value)!).Cast<object>().Select((item, i) => (Item: item, Path: $"{field.Key}[{i.ToString(CultureInfo.InvariantCulture)}]")).ToArray();
            if (items.Length == 0)
            {
                continue;
            }

            var element = field.Value.Element!.Object!;
            var columns = element.Fields.Where(f => !IsCitations(f.Value) && !IsObjectList(f.Value)).ToArray();
            var dated = columns.FirstOrDefault(f => f.Kind == ValueKind.Date);
            var ordered = dated is null ? items : items.OrderBy(i => (PartialDate?)dated.GetValue(i.Item) is null).ThenBy(i => (PartialDate?)dated.GetValue(i.Item)).ToArray();

            html.Open("section", ("class", "object-list")).Element("h2", Label(field) + (dated is null ? "" : " (by " + Label(dated).ToLowerInvariant() + ")")).Line();
            html.Raw("<div class=\"table-wrap\"><table>").Open("thead").Open("tr");
            foreach (var column in columns)
            {
                html.Element("th", Label(column), ("scope", "col"));
            }

            html.Element("th", "Sources", ("scope", "col")).Close("tr").Close("thead").Open("tbody").Line();
            foreach (var (item, path) in ordered)
            {
                Row(html, owner, element, columns, item, path);
            }

            html.Raw("</tbody></table></div>").Close("section").Line();
        }
    }

    /// <summary>An object's own citations (not those of its nested objects): each quote linked to its passage in the article.</summary>
    public void Citations(Html html, IndexedRecord owner, object value, RecordTypeMetadata type, string path)
    {
        var own = RecordWalker.Citations(value, type, path).Where(c => !c.Path[path.Length..].Contains('.', StringComparison.Ordinal)).ToArray();
        html.Open("ul", ("class", "citations"));
        foreach (var (citationPath, citation) in own)
        {
            var site = new CitationSite(owner, citationPath, citation);
            var passage = passages.For(site);
            var source = records.Find(records.Sources.Name, citation.SourceId);
            html.Open("li", ("id", CitationAnchor(citationPath)), ("data-cite", site.Key));
            html.Open("blockquote").Text(citation.Quote).Close("blockquote");
            html.Raw("— ");
            var href = root + records.PagePath(source!) + (passage is null ? "" : "#" + passage.Id);
            html.Link(href, RecordLabels.SourceLabel(citation.SourceId), "cite", "Read these words in the article");
            html.Close("li");
        }

        html.Close("ul");
    }

    /// <summary>The id of a citation's entry on its record's page: <c>cite-roles-0-citations-1</c>.</summary>
    public static string CitationAnchor(string path) =>
        "cite-" + string.Join('-', path.Split(['[', ']', '.'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A field's label: "Participants" for <c>participantIds</c>.</summary>
    public string Label(FieldMetadata field) =>
        field.ReferenceTarget is { } target && records.CollectionOf(target) is { } collection
            ? Humanize.Reference(field.Key, collection.Heading)
            : Humanize.Words(field.Key);

    /// <summary>A link to a record's page with its title.</summary>
    public void RecordLink(Html html, IndexedRecord record) => html.Link(root + records.PagePath(record), record.Title);

    private void Row(Html html, IndexedRecord owner, RecordTypeMetadata element, FieldMetadata[] columns, object item, string path)
    {
        html.Open("tr");
        foreach (var column in columns)
        {
            html.Open("td");
            var cell = column.GetValue(item);
            if (IsEmpty(cell))
            {
                html.Element("span", "not given", ("class", "unknown"));
            }
            else
            {
                Value(html, owner, column, column.Value, cell!, path + "." + column.Key, DerivationOf(item, element));
            }

            html.Close("td");
        }

        html.Open("td");
        Citations(html, owner, item, element, path + ".");
        html.Close("td").Close("tr").Line();
    }

    private void Value(Html html, IndexedRecord owner, FieldMetadata field, ValueMetadata shape, object value, string path, string? derivation)
    {
        if (field.ReferenceTarget is { } targetType && records.CollectionOf(targetType) is { } target)
        {
            References(html, target, value is string one ? [one] : ((IEnumerable<string>)value).ToArray());
            return;
        }

        switch (shape.Kind)
        {
            case ValueKind.Date:
                Date(html, (PartialDate)value, derivation);
                break;
            case ValueKind.Enum:
                html.Text(ScalarText.Of(value, shape).Replace('-', ' '));
                break;
            case ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal:
                html.Text(((IFormattable)value).ToString(field.Name == "Value" ? "N0" : null, CultureInfo.InvariantCulture));
                break;
            case ValueKind.List:
                html.Open("ul");
                foreach (var item in (IEnumerable)value)
                {
                    html.Element("li", item is null ? "" : ScalarText.Of(item, shape.Element!));
                }

                html.Close("ul");
                break;
            case ValueKind.Object:
                Fields(html, owner, value, shape.Object!, path + ".", _ => true);
                break;
            default:
                html.Text(ScalarText.Of(value, shape));
                if (field.Key == "cameoCode" && owner.Record is Event or Statement && CameoCodebook.Find(value as string) is { } cameo)
                {
                    CameoMeaning(html, cameo);
                }

                break;
        }
    }

    /// <summary>What a CAMEO code means, beside it: the codebook's description, its root, GDELT's quad class and the Goldstein value.</summary>
    private static void CameoMeaning(Html html, CameoEntry cameo)
    {
        var goldstein = cameo.GoldsteinScale.ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture);
        html.Raw(" ").Element("span", cameo.Description, ("class", "cameo-description"));
        html.Raw(" ").Element("span",
            $"(root {cameo.RootCode} {cameo.RootName.ToLowerInvariant()}; {Humanize.Words(cameo.QuadClass.ToString()).ToLowerInvariant()}; Goldstein {goldstein})",
            ("class", "cameo-class"), ("title", "CAMEO root, GDELT quad class and Goldstein value (−10 conflict … +10 cooperation)"));
    }

    private void References(Html html, SiteCollection target, IReadOnlyList<string> ids)
    {
        html.Open("ul", ("class", "inline"));
        foreach (var id in ids)
        {
            html.Open("li");
            if (records.Find(target.Name, id) is { } found)
            {
                RecordLink(html, found);
            }
            else
            {
                html.Text(id);
            }

            html.Close("li");
        }

        html.Close("ul");
    }

    /// <summary>A date at its precision; a derived one marked, its derivation shown on hover and focus.</summary>
    /// <param name="html">The page.</param>
    /// <param name="date">The date, or the first day of a span or range.</param>
    /// <param name="derivation">How it was derived, when the article does not state it.</param>
    /// <param name="end">The last day of a span (every day from date to end).</param>
    /// <param name="latest">The last day of a range in which one day, not known which, is meant.</param>
    public static void Date(Html html, PartialDate date, string? derivation, PartialDate? end = null, PartialDate? latest = null)
    {
        var text = end is { } e ? DateText.Span(date, e) : latest is { } l ? DateText.OneDayIn(date, l) : DateText.Of(date);
        html.Open("time", ("datetime", date.ToString()), ("class", "precision-" + date.Precision.ToString().ToLowerInvariant()), ("title", DateText.Precision(date)))
            .Text(text).Close("time");
        if (derivation is not null)
        {
            Derived(html, derivation);
        }
    }

    /// <summary>The mark of a derived date: focusable, its derivation in a tooltip (and in print).</summary>
    public static void Derived(Html html, string derivation) =>
        html.Raw(" ").Open("span", ("class", "derived"), ("tabindex", "0"), ("title", derivation), ("aria-label", "Derived date: " + derivation))
            .Text("derived").Element("span", derivation, ("class", "derivation"), ("role", "tooltip")).Close("span");

    private static string? DerivationOf(object value, RecordTypeMetadata type) =>
        type.Field("dateDerivation")?.GetValue(value) as string;

    private static bool IsEmpty(object? value) => value is null || (value is IEnumerable list and not string && !list.Cast<object>().Any());

    private static bool IsCitation(ValueMetadata? value) => value?.Object?.Type == typeof(Citation);

    private static bool IsCitations(ValueMetadata value) => IsCitation(value) || IsCitation(value.Element);

    private static bool IsObjectList(ValueMetadata value) => value.Element is { Object: not null } && !IsCitation(value.Element);

    /// <summary>A list of claims: objects with a text and their own citations.</summary>
    /// <summary>Whether a field holds claims (shown as a paragraph, never as a table or a conflict).</summary>
    internal static bool IsClaims(ValueMetadata value) => value.Element?.Object?.Type == typeof(Claim);
}
