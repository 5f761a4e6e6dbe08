using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using DefenceData.Annotations;

namespace DefenceData.Cli.Site;

/// <summary>
/// Writes a record's data properties as a reader sees them, by kind of value: dates at their
/// precision, ids as links to their records, lists as lists, lists of objects (roles, figures) as
/// tables with their own sources, citations as quotes linked to their passage in the article.
/// </summary>
internal sealed class ValueWriter(SiteRecords records, Passages passages, string root)
{
    /// <summary>The fields of an object as a definition list, skipping unknown (null) and empty values and what is written elsewhere.</summary>
    public void Fields(Html html, IndexedRecord owner, object value, string path, Func<PropertyInfo, bool> include)
    {
        html.Open("dl", ("class", "fields")).Line();
        var derivation = DerivationOf(value);
        foreach (var property in RecordWalker.DataProperties(value.GetType()).Where(include))
        {
            var fieldValue = property.GetValue(value);
            if (IsEmpty(fieldValue) || IsCitations(property.PropertyType) || IsObjectList(property.PropertyType))
            {
                continue;
            }

            html.Element("dt", Label(property));
            html.Open("dd");
            Value(html, owner, property, fieldValue!, path + RecordWalker.KeyOf(property), derivation);
            html.Close("dd").Line();
        }

        html.Close("dl").Line();
    }

    /// <summary>The lists of objects of a record, one table each (roles over time, figures), each row with its sources.</summary>
    public void ObjectLists(Html html, IndexedRecord owner, object value)
    {
        foreach (var property in RecordWalker.DataProperties(value.GetType()).Where(p => IsObjectList(p.PropertyType)))
        {
            var items = ((IEnumerable)property.GetValue(value)!).Cast<object>().Select((item, i) => (Item: item, Path: $"{RecordWalker.KeyOf(property)}[{i.ToString(CultureInfo.InvariantCulture)}]")).ToArray();
            if (items.Length == 0)
            {
                continue;
            }

            var element = Csv.CsvSchema.ElementType(property.PropertyType)!;
            var columns = RecordWalker.DataProperties(element).Where(p => !IsCitations(p.PropertyType) && !IsObjectList(p.PropertyType)).ToArray();
            var dated = columns.FirstOrDefault(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) == typeof(PartialDate));
            var ordered = dated is null ? items : items.OrderBy(i => (PartialDate?)dated.GetValue(i.Item) is null).ThenBy(i => (PartialDate?)dated.GetValue(i.Item)).ToArray();

            html.Open("section", ("class", "object-list")).Element("h2", Label(property) + (dated is null ? "" : " (by " + Label(dated).ToLowerInvariant() + ")")).Line();
            html.Raw("<div class=\"table-wrap\"><table>").Open("thead").Open("tr");
            foreach (var column in columns)
            {
                html.Element("th", Label(column), ("scope", "col"));
            }

            html.Element("th", "Sources", ("scope", "col")).Close("tr").Close("thead").Open("tbody").Line();
            foreach (var (item, path) in ordered)
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
                        Value(html, owner, column, cell!, path + "." + RecordWalker.KeyOf(column), DerivationOf(item));
                    }

                    html.Close("td");
                }

                html.Open("td");
                Citations(html, owner, item, path + ".");
                html.Close("td").Close("tr").Line();
            }

            html.Raw("</tbody></table></div>").Close("section").Line();
        }
    }

    /// <summary>An object's own citations (not those of its nested objects): each quote linked to its passage in the article.</summary>
    public void Citations(Html html, IndexedRecord owner, object value, string path)
    {
        var own = RecordWalker.Citations(value, path).Where(c => !c.Path[path.Length..].Contains('.', StringComparison.Ordinal)).ToArray();
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

    /// <summary>A property's label: "Participants" for <c>participantIds</c>.</summary>
    public string Label(PropertyInfo property) =>
        property.GetCustomAttribute<ReferenceAttribute>() is { } reference && records.CollectionOf(reference.TargetType) is { } target
            ? Humanize.Reference(RecordWalker.KeyOf(property), target.Heading)
            : Humanize.Words(RecordWalker.KeyOf(property));

    /// <summary>A link to a record's page with its title.</summary>
    public void RecordLink(Html html, IndexedRecord record) => html.Link(root + records.PagePath(record), record.Title);

    private void Value(Html html, IndexedRecord owner, PropertyInfo property, object value, string path, string? derivation)
    {
        if (property.GetCustomAttribute<ReferenceAttribute>() is { } reference && records.CollectionOf(reference.TargetType) is { } target)
        {
            var ids = value is string one ? [one] : ((IEnumerable<string>)value).ToArray();
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
            return;
        }

        switch (value)
        {
            case PartialDate date:
                Date(html, date, derivation);
                break;
            case string text:
                html.Text(text);
                break;
            case Enum e:
                html.Text(JsonNamingPolicy.KebabCaseLower.ConvertName(e.ToString()).Replace('-', ' '));
                break;
            case IFormattable number:
                html.Text(number.ToString(property.Name == "Value" ? "N0" : null, CultureInfo.InvariantCulture));
                break;
            case IEnumerable list:
                html.Open("ul");
                foreach (var item in list)
                {
                    html.Element("li", Convert.ToString(item, CultureInfo.InvariantCulture) ?? "");
                }

                html.Close("ul");
                break;
            default:
                Fields(html, owner, value, path + ".", _ => true);
                break;
        }
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

    private static string? DerivationOf(object value) =>
        value.GetType().GetProperty("DateDerivation")?.GetValue(value) as string;

    private static bool IsEmpty(object? value) => value is null || (value is IEnumerable list and not string && !list.Cast<object>().Any());

    private static bool IsCitations(Type type) => type == typeof(Citation) || Csv.CsvSchema.ElementType(type) == typeof(Citation);

    private static bool IsObjectList(Type type) =>
        Csv.CsvSchema.ElementType(type) is { } element && element != typeof(Citation) && Csv.CsvColumn.KindOf(element) == Csv.CsvValueKind.Text && element != typeof(string);
}
