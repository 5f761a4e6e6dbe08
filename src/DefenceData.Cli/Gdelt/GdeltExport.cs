using System.Globalization;
using System.Text;

namespace DefenceData.Cli.Gdelt;

/// <summary>
/// <c>export gdelt</c>: the events and statements as one tab-separated file shaped like GDELT 2.0's
/// event table (<see cref="GdeltColumns"/>), so they can be put beside GDELT's own. What each column
/// is filled from, and why the rest are empty, is in the README ("GDELT-shaped events").
/// </summary>
internal static class GdeltExport
{
    /// <summary>The file it writes.</summary>
    public const string FileName = "events.tsv";

    /// <summary>Writes <see cref="FileName"/> into <paramref name="directory"/>; returns its path.</summary>
    public static IReadOnlyList<string> Write(string directory)
    {
        var path = Path.Combine(directory, FileName);
        var text = new StringBuilder();
        text.Append(string.Join('\t', GdeltColumns.All.Select(c => c.Name))).Append('\n');
        foreach (var row in Rows())
        {
            text.Append(string.Join('\t', GdeltColumns.All.Select(c => Clean(row.GetValueOrDefault(c.Name, ""))))).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return [path];
    }

    /// <summary>One row per event, then one per statement, each in ordinal id order.</summary>
    public static IEnumerable<Dictionary<string, string>> Rows()
    {
        var agreements = Agreements.All;
        foreach (var e in Events.All)
        {
            var row = Common("events", e.Id, "event", e.Cameo, e.Date, e.EndDate, e.LatestDate, e.Citations, e.Title);
            // An agreement signed or agreed at this event: its parties are who acted.
            if (agreements.FirstOrDefault(a => a.SignedAtId == e.Id || a.AgreedAtId == e.Id) is { PartyIds.Count: 2 } agreement)
            {
                Actor(row, "Actor1", Countries.Get(agreement.PartyIds[0]).Name, Countries.Get(agreement.PartyIds[0]).CameoCode);
                Actor(row, "Actor2", Countries.Get(agreement.PartyIds[1]).Name, Countries.Get(agreement.PartyIds[1]).CameoCode);
            }

            yield return row;
        }

        foreach (var s in Statements.All)
        {
            var row = Common("statements", s.Id, "statement", s.Cameo, s.Date, null, s.LatestDate, s.Citations, s.SummaryText);
            if (Speaker(s) is { } speaker)
            {
                Actor(row, "Actor1", speaker.Name, speaker.CountryCode);
            }

            yield return row;
        }
    }

    /// <summary>
    /// The stable GLOBALEVENTID of a record: the 64-bit FNV-1a hash of the UTF-8 bytes of
    /// <c>{collection}/{id}</c> (<c>events/mou-signing-2025-11-04</c>), kept to its low 53 bits so it
    /// is exact wherever numbers are doubles (JSON, JavaScript). It depends on nothing but the record's
    /// collection and id: the same record gets the same number in every build, on every machine,
    /// whatever is added or removed around it. A test checks no two records share one.
    /// </summary>
    public static long GlobalEventId(string collection, string id)
    {
        const ulong offsetBasis = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(collection + "/" + id))
        {
            hash = unchecked((hash ^ b) * prime);
        }

        return (long)(hash & ((1UL << 53) - 1));
    }

    private static Dictionary<string, string> Common(
        string collection, string id, string recordType, CameoEntry? cameo, PartialDate? date, PartialDate? endDate, PartialDate? latestDate, IReadOnlyList<Citation> citations, string label)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GLOBALEVENTID"] = Number(GlobalEventId(collection, id)),
            ["RecordId"] = id,
            ["RecordType"] = recordType,
            ["Date"] = date?.ToString() ?? "",
            ["DatePrecision"] = date is { } d ? d.Precision.ToString().ToLowerInvariant() : "",
            ["EndDate"] = endDate?.ToString() ?? "",
            ["LatestDate"] = latestDate?.ToString() ?? "",
            ["SourceIds"] = string.Join(' ', citations.Select(c => c.SourceId).Distinct().Order(StringComparer.Ordinal)),
            ["Label"] = label,
            ["NumMentions"] = Number(citations.Count),
            ["NumArticles"] = Number(citations.Select(c => c.SourceId).Distinct().Count()),
        };
        Dates(row, date, latestDate);
        if (cameo is not null)
        {
            row["EventCode"] = cameo.Code;
            row["EventBaseCode"] = cameo.BaseCode;
            row["EventRootCode"] = cameo.RootCode;
            row["QuadClass"] = Number((int)cameo.QuadClass);
            row["GoldsteinScale"] = cameo.GoldsteinScale.ToString("0.0", CultureInfo.InvariantCulture);
            row["EventDescription"] = cameo.Description;
        }

        return row;
    }

    /// <summary>
    /// GDELT's date columns, each only as far as the date is known: the day (SQLDATE, FractionDate) of a
    /// date known to the day, the month (MonthYear) of one known to the month, the year (Year); none of
    /// them where the record says only that it was one day of a range that crosses that unit.
    /// </summary>
    private static void Dates(Dictionary<string, string> row, PartialDate? date, PartialDate? latestDate)
    {
        if (date is not { } first)
        {
            return;
        }

        var sameYear = latestDate is not { } latest || latest.Year == first.Year;
        var sameMonth = sameYear && (latestDate is not { } l || (l.Month is not null && l.Month == first.Month));
        var sameDay = latestDate is null;
        if (sameYear)
        {
            row["Year"] = Number(first.Year);
        }

        if (sameMonth && first.Month is { } month)
        {
            row["MonthYear"] = Number(first.Year * 100 + month);
        }

        if (sameDay && first.Precision == DatePrecision.Day)
        {
            var day = first.Start;
            row["SQLDATE"] = Number(day.Year * 10000 + day.Month * 100 + day.Day);
            var daysInYear = DateTime.IsLeapYear(day.Year) ? 366 : 365;
            row["FractionDate"] = (day.Year + (day.DayOfYear - 1) / (double)daysInYear).ToString("0.0000", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Who made a statement: the person, else the organisation, else the one country the articles give it to.</summary>
    private static (string Name, string? CountryCode)? Speaker(Statement s)
    {
        if (s.SpeakerId is { } personId)
        {
            var person = People.Get(personId);
            return (person.Name, person.CountryId is { } c ? Countries.Get(c).CameoCode : null);
        }

        if (s.SpeakerOrganisationId is { } organisationId)
        {
            var organisation = Organisations.Get(organisationId);
            return (organisation.Name, organisation.CountryId is { } c ? Countries.Get(c).CameoCode : null);
        }

        return s.SpeakerCountryIds.Count == 1 ? (Countries.Get(s.SpeakerCountryIds[0]).Name, Countries.Get(s.SpeakerCountryIds[0]).CameoCode) : null;
    }

    /// <summary>An actor: its name, and its country's CAMEO code as both its actor code and its country code (no role codes: the articles' actors are coded by country only).</summary>
    private static void Actor(Dictionary<string, string> row, string actor, string name, string? countryCode)
    {
        row[actor + "Name"] = name;
        if (countryCode is not null)
        {
            row[actor + "Code"] = countryCode;
            row[actor + "CountryCode"] = countryCode;
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    // GDELT's files have no quoting: a tab or line break inside a value would break the row.
    private static string Clean(string value) =>
        value.IndexOfAny(['\t', '\n', '\r']) < 0 ? value : string.Join(' ', value.Split(['\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
