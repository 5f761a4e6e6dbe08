namespace DefenceData.Cli;

/// <summary>Lists the collections with their record counts, or one collection's ids with titles.</summary>
internal static class ListCommand
{
    public static int Run(string? collection, TextWriter output, TextWriter error)
    {
        if (collection is null)
        {
            foreach (var name in DatasetIndex.CollectionNames)
            {
                output.WriteLine($"{name,-16} {DatasetIndex.In(name).Count(),5} records");
            }

            return ExitCodes.Success;
        }

        if (DatasetIndex.FindCollection(collection) is not { } found)
        {
            error.WriteLine($"No collection is named '{collection}'. Collections: {string.Join(", ", DatasetIndex.CollectionNames)}.");
            return ExitCodes.Usage;
        }

        var records = DatasetIndex.In(found).ToArray();
        var width = records.Length == 0 ? 0 : records.Max(r => r.Id.Length);
        foreach (var record in records)
        {
            output.WriteLine($"{record.Id.PadRight(width)}  {record.Title}");
        }

        return ExitCodes.Success;
    }
}
