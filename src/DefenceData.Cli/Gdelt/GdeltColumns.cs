namespace DefenceData.Cli.Gdelt;

/// <summary>
/// The columns of <c>export gdelt</c>: GDELT 2.0's 61 event columns, with GDELT's names, in GDELT's
/// order and with its types (as its event codebook and BigQuery table give them), then the dataset's own.
/// </summary>
internal static class GdeltColumns
{
    /// <summary>A column: its name, its DuckDB type (GDELT's INTEGER is BIGINT, FLOAT DOUBLE, STRING VARCHAR), and whether it is GDELT's.</summary>
    internal readonly record struct Column(string Name, string Type, bool IsGdelt);

    /// <summary>GDELT 2.0's event columns.</summary>
    public static IReadOnlyList<Column> Gdelt { get; } = BuildGdelt();

    /// <summary>The dataset's own columns, after GDELT's.</summary>
    public static IReadOnlyList<Column> Own { get; } =
    [
        new("RecordId", "VARCHAR", false),
        new("RecordType", "VARCHAR", false),
        new("Date", "VARCHAR", false),
        new("DatePrecision", "VARCHAR", false),
        new("EndDate", "VARCHAR", false),
        new("LatestDate", "VARCHAR", false),
        new("EventDescription", "VARCHAR", false),
        new("SourceIds", "VARCHAR", false),
        new("Label", "VARCHAR", false),
    ];

    /// <summary>Every column, GDELT's first.</summary>
    public static IReadOnlyList<Column> All { get; } = [.. Gdelt, .. Own];

    private static List<Column> BuildGdelt()
    {
        var columns = new List<Column>
        {
            new("GLOBALEVENTID", "BIGINT", true),
            new("SQLDATE", "BIGINT", true),
            new("MonthYear", "BIGINT", true),
            new("Year", "BIGINT", true),
            new("FractionDate", "DOUBLE", true),
        };
        foreach (var actor in (string[])["Actor1", "Actor2"])
        {
            foreach (var field in (string[])["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"])
            {
                columns.Add(new(actor + field, "VARCHAR", true));
            }
        }

        columns.AddRange(
        [
            new("IsRootEvent", "BIGINT", true),
            new("EventCode", "VARCHAR", true),
            new("EventBaseCode", "VARCHAR", true),
            new("EventRootCode", "VARCHAR", true),
            new("QuadClass", "BIGINT", true),
            new("GoldsteinScale", "DOUBLE", true),
            new("NumMentions", "BIGINT", true),
            new("NumSources", "BIGINT", true),
            new("NumArticles", "BIGINT", true),
            new("AvgTone", "DOUBLE", true),
        ]);
        foreach (var geo in (string[])["Actor1Geo", "Actor2Geo", "ActionGeo"])
        {
            columns.AddRange(
            [
                new(geo + "_Type", "BIGINT", true),
                new(geo + "_FullName", "VARCHAR", true),
                new(geo + "_CountryCode", "VARCHAR", true),
                new(geo + "_ADM1Code", "VARCHAR", true),
                new(geo + "_ADM2Code", "VARCHAR", true),
                new(geo + "_Lat", "DOUBLE", true),
                new(geo + "_Long", "DOUBLE", true),
                new(geo + "_FeatureID", "VARCHAR", true),
            ]);
        }

        columns.Add(new("DATEADDED", "BIGINT", true));
        columns.Add(new("SOURCEURL", "VARCHAR", true));
        return columns;
    }
}
