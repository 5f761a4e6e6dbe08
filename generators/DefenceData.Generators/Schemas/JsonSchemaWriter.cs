using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Schemas;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) of one collection's YAML files from its record type's
/// shape: the rules the binder enforces that a schema can say, said the same way. A file holds one
/// record or a non-empty list of them; each record type and nested object type is a <c>$defs</c>
/// entry, closed to unknown keys; every reference key is an <c>enum</c> of the ids its target type
/// has (so an editor completes them), shared per target in <c>$defs</c>.
/// </summary>
/// <remarks>
/// Values are as an editor reads YAML (the 1.2 core schema): a text property takes any scalar, since
/// the generator reads <c>0123</c> or <c>true</c> there as text; a date takes a plain year (<c>2025</c>,
/// which YAML reads as a number). What a schema cannot say stays with the generator: a record referring
/// to itself, duplicate ids, ids giving the same C# name, quotes, and the size limits.
/// </remarks>
internal static class JsonSchemaWriter
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>lower-case letters and digits in words joined by single hyphens (<see cref="IdRules.IsKebabCase"/>).</summary>
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public const int IdMaxLength = 200;

    /// <summary>
    /// Above this many ids (the size at which a collection is emitted compactly, without named members)
    /// a reference key gets the id pattern instead of the list, and the build alone checks that the id
    /// exists: editors slow down on enums of thousands of values, and nobody picks from such a list.
    /// </summary>
    public const int MaxEnumeratedIds = 1_000;

    private const string Year = "([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])";
    private const string Month = "(0[1-9]|1[0-2])";
    private const string MonthDay = "((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))";
    private const string LeapYear = "([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)";

    /// <summary>yyyy, yyyy-MM or yyyy-MM-dd of a real calendar day, leap years included (<see cref="PartialDates.TryParse"/>).</summary>
    public const string DatePattern = "^(" + Year + "(-" + Month + ")?|" + Year + "-" + MonthDay + "|" + LeapYear + "-02-29)$";

    public static string Write(CollectionShape collection, SchemaSetModel set) => new Builder(set).Collection(collection).ToJson();

    /// <summary>Builds one schema; <c>$defs</c> names are the types' short names, numbered where two types share one.</summary>
    private sealed class Builder
    {
        private readonly SchemaSetModel _set;
        private readonly JsonObject _defs = new();
        private readonly Dictionary<string, string> _defNames = new(System.StringComparer.Ordinal);
        private readonly HashSet<string> _takenNames = new(System.StringComparer.Ordinal);

        public Builder(SchemaSetModel set) => _set = set;

        public JsonObject Collection(CollectionShape collection)
        {
            var record = collection.Record!;
            var root = new JsonObject()
                .Add("$schema", Draft)
                .Add("title", record.DisplayName + " records (" + collection.Folder + "/)")
                .Add("description", "One " + record.DisplayName + " record, or a list of them, per YAML file in '" + collection.Folder + "/'"
                    + (record.Description is { } d ? ". " + record.DisplayName + ": " + d : "."));
            var reference = Ref(DefFor(record, isRecordRoot: true));
            root.Add("anyOf", new JsonArray(new JsonNode[]
            {
                reference,
                new JsonObject().Add("type", "array").Add("minItems", JsonLiteral.Number(1)).Add("items", Ref(DefFor(record, isRecordRoot: true))),
            }));
            root.Add("$defs", _defs);
            return root;
        }

        private string DefFor(TypeShape type, bool isRecordRoot)
        {
            var key = type.FullyQualifiedName + (isRecordRoot ? "" : "+nested");
            if (_defNames.TryGetValue(key, out var existing))
            {
                return existing;
            }

            var name = Unique(type.DisplayName);
            _defNames[key] = name;
            var properties = new JsonObject();
            foreach (var property in type.Properties)
            {
                properties.Add(property.Key, Property(property, isRecordRoot));
            }

            var definition = new JsonObject().Add("type", "object").AddIf("description", type.Description).Add("properties", properties);
            // A list with [MinLength(n > 0)] is as good as required: absent, it has no items.
            var required = type.Properties.Where(p => p.IsRequired || p.MinItems > 0).Select(p => p.Key).ToArray();
            if (required.Length > 0)
            {
                definition.Add("required", JsonArray.Of(required));
            }

            definition.Add("additionalProperties", JsonLiteral.False);
            _defs.Add(name, definition);
            return name;
        }

        private JsonObject Property(PropertyShape property, bool isRecordRoot)
        {
            var schema = isRecordRoot && property.Key == "id" && property.Value.Kind == ValueKind.String
                ? new JsonObject().Add("type", "string").Add("pattern", IdPattern).Add("maxLength", JsonLiteral.Number(IdMaxLength))
                : property.Value.Kind == ValueKind.List && property.MinItems > 0
                    ? new JsonObject().Add("type", "array").Add("items", Value(property.Value.Element!, property.ReferenceTarget)).Add("minItems", JsonLiteral.Number(property.MinItems.Value))
                    : Value(property.Value, property.ReferenceTarget);

            if (property.Range is { } range)
            {
                // As DD0028 reads [Range]: int.MaxValue or more means no upper bound (the type's own still holds).
                schema.Set(range.MinimumIsExclusive ? "exclusiveMinimum" : "minimum", JsonLiteral.Number(range.Minimum));
                if (range.Maximum < int.MaxValue)
                {
                    schema.Set(range.MaximumIsExclusive ? "exclusiveMaximum" : "maximum", JsonLiteral.Number(range.Maximum));
                }
            }

            if (property.Description is { } description)
            {
                schema.Add("description", description); // Beside "$ref" too: draft 2020-12 reads its siblings.
            }

            return schema;
        }

        private JsonObject Value(ValueShape shape, string? referenceTarget)
        {
            // A list the record type does not mark nullable still takes null (bound as empty).
            var nullable = shape.IsNullable || shape.Kind == ValueKind.List;
            switch (shape.Kind)
            {
                case ValueKind.List:
                    return Typed(new JsonObject().Add("items", Value(shape.Element!, referenceTarget)), nullable, "array");
                case ValueKind.Object:
                    return Nullable(Ref(DefFor(shape.Object!, isRecordRoot: false)), nullable);
                case ValueKind.Enum:
                    var values = shape.EnumMembers.Select(DataNames.EnumText).Select(v => (JsonNode)new JsonString(v));
                    return new JsonObject().Add("enum", new JsonArray(nullable ? values.Append(JsonLiteral.Null) : values));
                case ValueKind.String when referenceTarget is not null:
                    return Nullable(Ref(IdsDef(referenceTarget)), nullable);
                case ValueKind.String:
                    return Typed(new JsonObject(), nullable, "string", "number", "boolean");
                case ValueKind.Boolean:
                    return Typed(new JsonObject(), nullable, "boolean");
                case ValueKind.Int32:
                    return Range(Typed(new JsonObject(), nullable, "integer"), int.MinValue, int.MaxValue);
                case ValueKind.Int64:
                    return Range(Typed(new JsonObject(), nullable, "integer"), long.MinValue, long.MaxValue);
                case ValueKind.Decimal:
                    return Typed(new JsonObject(), nullable, "number")
                        .Add("minimum", JsonLiteral.Number(decimal.MinValue)).Add("maximum", JsonLiteral.Number(decimal.MaxValue));
                case ValueKind.Double:
                    return Typed(new JsonObject(), nullable, "number");
                case ValueKind.PartialDate:
                    // A plain year is a number to YAML: 1 to 9999, as four digits; else the text pattern.
                    return Typed(new JsonObject(), nullable, "string", "integer")
                        .Add("pattern", DatePattern).Add("minimum", JsonLiteral.Number(1)).Add("maximum", JsonLiteral.Number(9999));
                default:
                    // A new kind of value needs its schema here too: refusing (DD0018) is safer than a schema that accepts anything.
                    throw new System.NotSupportedException("The JSON Schema writer has no rule for values of kind " + shape.Kind + ".");
            }
        }

        /// <summary>The ids of a reference's target type, once per schema; text if no collection of it is in the compilation.</summary>
        private string IdsDef(string targetType)
        {
            var key = "ids:" + targetType;
            if (_defNames.TryGetValue(key, out var existing))
            {
                return existing;
            }

            var shortName = targetType.Substring(targetType.LastIndexOf('.') + 1);
            var name = Unique(shortName + "Id");
            _defNames[key] = name;
            var definition = new JsonObject().Add("type", "string");
            if (_set.Unlisted.Contains(targetType))
            {
                definition.Add("description", "The id of an existing " + shortName + " record (checked by the build; too many to list here).").Add("pattern", IdPattern);
            }
            else if (_set.IdsOf(targetType) is not { } ids)
            {
                definition.Add("description", "The id of a " + shortName + " record (not checked: no collection of " + shortName + " is in this compilation).");
            }
            else
            {
                definition.Add("description", "The id of an existing " + shortName + " record.").Add("enum", JsonArray.Of(ids.Ids));
            }

            _defs.Add(name, definition);
            return name;
        }

        private string Unique(string name)
        {
            var candidate = name;
            for (var i = 2; !_takenNames.Add(candidate); i++)
            {
                candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return candidate;
        }

        private static JsonObject Ref(string defName) => new JsonObject().Add("$ref", "#/$defs/" + defName);

        private static JsonObject Nullable(JsonObject schema, bool nullable) =>
            nullable ? new JsonObject().Add("anyOf", new JsonArray(new JsonNode[] { schema, new JsonObject().Add("type", "null") })) : schema;

        private static JsonObject Typed(JsonObject schema, bool nullable, params string[] types)
        {
            var all = nullable ? types.Append("null").ToArray() : types;
            return new JsonObject().Add("type", all.Length == 1 ? new JsonString(all[0]) : JsonArray.Of(all)).Merge(schema);
        }

        private static JsonObject Range(JsonObject schema, long minimum, long maximum) =>
            schema.Add("minimum", JsonLiteral.Number(minimum)).Add("maximum", JsonLiteral.Number(maximum));
    }
}
