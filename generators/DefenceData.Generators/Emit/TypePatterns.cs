using System;
using System.Collections.Generic;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Emit;

/// <summary>
/// One object type's patterns (<see cref="ObjectPattern"/>), each known by its key: one character per
/// property, in declaration order, '-' absent, 'v' set, 'n' null. The key, not a number, is what a
/// pattern is across a collection: a bucket numbers the patterns it uses itself, and the decoders map
/// each bucket's numbers to theirs (<see cref="CollectionPlan"/>), so a new pattern in one file changes
/// no other bucket.
/// </summary>
internal sealed class TypePatterns
{
    private readonly TypeShape _type;
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectPattern> _byKey = new(StringComparer.Ordinal);

    public TypePatterns(TypeShape type)
    {
        _type = type;
        for (var p = 0; p < type.Properties.Count; p++)
        {
            _indexes[type.Properties[p].Name] = p;
        }
    }

    /// <summary>Every pattern seen so far, by key.</summary>
    public IEnumerable<string> Keys => _byKey.Keys;

    /// <summary>The pattern of <paramref name="value"/>, added if new.</summary>
    public ObjectPattern Of(BoundObject value)
    {
        var key = KeyOf(value);
        if (!_byKey.TryGetValue(key, out var pattern))
        {
            _byKey[key] = pattern = FromKey(_type, key);
        }

        return pattern;
    }

    /// <summary>The key of <paramref name="value"/>'s pattern.</summary>
    public string KeyOf(BoundObject value)
    {
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

        return new string(key);
    }

    /// <summary>The pattern a key stands for: the properties it sets, in declaration order.</summary>
    public static ObjectPattern FromKey(TypeShape type, string key)
    {
        var fields = new List<PatternField>();
        for (var p = 0; p < key.Length && p < type.Properties.Count; p++)
        {
            if (key[p] != '-')
            {
                fields.Add(new PatternField(type.Properties[p], key[p] == 'n'));
            }
        }

        return new ObjectPattern(key, fields);
    }
}
