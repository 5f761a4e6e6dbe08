using DefenceData.Export;

namespace DefenceData.Cli;

/// <summary>Prints one record, found by id in any collection, as JSON.</summary>
internal static class ShowCommand
{
    public static int Run(string id, TextWriter output, TextWriter error)
    {
        if (Dataset.Find(id) is not { } record)
        {
            error.WriteLine($"No record has the id '{id}'.");
            return 1;
        }

        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(record, record.GetType(), new System.Text.Json.JsonSerializerOptions(DatasetJson.Options) { WriteIndented = true }));
        return 0;
    }
}
