using System.Collections;
using System.Globalization;
using System.Reflection;
using DefenceData.Annotations;

namespace DefenceData;

/// <summary>Walks a record's data properties by reflection (navigation properties skipped), to find its nested citations.</summary>
internal static class RecordWalker
{
    public static string IdOf(object record) =>
        (string)record.GetType().GetProperty("Id")!.GetValue(record)!;

    /// <summary>The data properties of a type, in declaration order: public, instance, init-settable, not navigation.</summary>
    public static IReadOnlyList<PropertyInfo> DataProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0
                && !p.IsDefined(typeof(NavigationAttribute), inherit: false) && p.Name != "EqualityContract")
            .OrderBy(p => p.MetadataToken)
            .ToArray();

    /// <summary>The key of a property in YAML, JSON and CSV (<see cref="DataNames"/>).</summary>
    public static string KeyOf(PropertyInfo property) => DataNames.KeyOf(property);

    public static IEnumerable<(string Path, Citation Citation)> Citations(object value, string prefix = "")
    {
        foreach (var property in DataProperties(value.GetType()))
        {
            var name = prefix + KeyOf(property);
            switch (property.GetValue(value))
            {
                case Citation citation:
                    yield return (name, citation);
                    break;
                case string or null:
                    break;
                case IEnumerable list:
                    var i = 0;
                    foreach (var item in list)
                    {
                        var path = name + "[" + i++.ToString(CultureInfo.InvariantCulture) + "]";
                        if (item is Citation c)
                        {
                            yield return (path, c);
                        }
                        else if (IsObject(item))
                        {
                            foreach (var nested in Citations(item!, path + "."))
                            {
                                yield return nested;
                            }
                        }
                    }

                    break;
                case var other when IsObject(other):
                    foreach (var nested in Citations(other, name + "."))
                    {
                        yield return nested;
                    }

                    break;
            }
        }
    }

    private static bool IsObject(object? value) =>
        value is not null && value is not string && value is not PartialDate && !value.GetType().IsPrimitive && !value.GetType().IsEnum && value is not decimal;
}
