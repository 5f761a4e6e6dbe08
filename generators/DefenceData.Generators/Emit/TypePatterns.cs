using System;
using System.Collections.Generic;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>
/// One object type's patterns (<see cref="ObjectPattern"/>), numbered in order of first use so the
/// numbering is deterministic. Asked for every object of every record, twice (scan, then write).
/// </summary>
internal sealed class TypePatterns
{
    private readonly TypeShape _type;
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectPattern> _byKey = new(StringComparer.Ordinal);
    private readonly List<ObjectPattern> _all = new();

    public TypePatterns(TypeShape type)
    {
        _type = type;
        for (var p = 0; p < type.Properties.Count; p++)
        {
            _indexes[type.Properties[p].Name] = p;
        }
    }

    public IReadOnlyList<ObjectPattern> All => _all;

    /// <summary>The pattern of <paramref name="value"/>, added if new.</summary>
    public ObjectPattern Of(BoundObject value)
    {
        // The key has one character per property, in declaration order: '-' absent, 'v' set, 'n' null.
        var key = new char[_type.Properties.Count];
        for (var p = 0; p < key.Length; p++)
        {
            key[p] = '-';
        }

        foreach (var field in value.Fields)
        {
            if (!_indexes.TryGetValue(field.Property, out var p))
            {
                throw new NotSupportedException("A bound field the shape does not have.");
            }

            key[p] = field.Value is BoundNull ? 'n' : 'v';
        }

        var text = new string(key);
        if (_byKey.TryGetValue(text, out var pattern))
        {
            return pattern;
        }

        var fields = new List<PatternField>();
        for (var p = 0; p < key.Length; p++)
        {
            if (key[p] != '-')
            {
                fields.Add(new PatternField(_type.Properties[p], key[p] == 'n'));
            }
        }

        pattern = new ObjectPattern(_all.Count, fields);
        _all.Add(pattern);
        _byKey[text] = pattern;
        return pattern;
    }
}
