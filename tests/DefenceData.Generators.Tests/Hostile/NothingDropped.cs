using DefenceData.Generators.Binding;
using DefenceData.Generators.Parsing;

namespace DefenceData.Generators.Tests.Hostile;

/// <summary>
/// That a file that gave no diagnostic bound all of itself: one record per mapping, one field per
/// key, one item per sequence item, and every text exactly as written.
/// </summary>
internal static class NothingDropped
{
    public static void Assert(YamlNode? root, BoundFile file)
    {
        var mappings = root switch
        {
            YamlMapping m => [m],
            YamlSequence s => s.Items.ToList(),
            _ => throw new Xunit.Sdk.XunitException("A file without diagnostics has no records."),
        };

        Xunit.Assert.Equal(mappings.Count, file.Records.Count);
        for (var i = 0; i < mappings.Count; i++)
        {
            Match(mappings[i], file.Records[i].Value);
        }
    }

    private static void Match(YamlNode node, BoundValue value)
    {
        switch (node, value)
        {
            case (YamlMapping mapping, BoundObject obj):
                Xunit.Assert.Equal(mapping.Entries.Count, obj.Fields.Count);
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    Match(mapping.Entries[i].Value, obj.Fields[i].Value);
                }

                break;
            case (YamlSequence sequence, BoundList list):
                Xunit.Assert.Equal(sequence.Items.Count, list.Items.Count);
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Match(sequence.Items[i], list.Items[i]);
                }

                break;
            case (YamlScalar scalar, BoundString text):
                Xunit.Assert.Equal(scalar.Text, text.Value);
                break;
            case (YamlScalar { IsNull: true }, BoundNull or BoundList { Items.Count: 0 }):
            case (YamlScalar, BoundLiteral or BoundEnum or BoundDate):
                break;
            default:
                throw new Xunit.Sdk.XunitException($"{node} bound to {value}");
        }
    }
}
