using DefenceData.Export;

namespace DefenceData.Cli;

/// <summary>Prints one record, found by id in any collection (in any case), as JSON; an unknown id gets the nearest ids.</summary>
internal static class ShowCommand
{
    public static int Run(string id, TextWriter output, TextWriter error)
    {
        if (DatasetIndex.Find(id) is not { } found)
        {
            var nearest = DatasetIndex.Nearest(id);
            error.WriteLine(nearest.Count == 0
                ? $"No record has the id '{id}'. 'list <collection>' shows the ids."
                : $"No record has the id '{id}'. Did you mean: {string.Join(", ", nearest)}?");
            return ExitCodes.NotFound;
        }

        output.WriteLine(DatasetJson.ToJson(found.Record, found.Metadata.RecordType));
        return ExitCodes.Success;
    }
}
