using System.ComponentModel;

namespace DefenceData.Metadata;

/// <summary>An enum type and the text each member is written as in YAML, JSON and CSV (kebab-case).</summary>
public sealed class EnumMetadata
{
    private readonly Dictionary<object, string> _texts;

    /// <summary>Describes an enum; the generator calls this, in generated metadata.</summary>
    /// <param name="type">The enum type.</param>
    /// <param name="members">Its members, in declaration order.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public EnumMetadata(Type type, IReadOnlyList<EnumMemberMetadata> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        Type = type;
        Members = Array.AsReadOnly(members.ToArray());
        _texts = new Dictionary<object, string>(members.Count);
        foreach (var member in members)
        {
            _texts.TryAdd(member.Value, member.Text);
        }
    }

    /// <summary>The enum type.</summary>
    public Type Type { get; }

    /// <summary>Its members, in declaration order.</summary>
    public IReadOnlyList<EnumMemberMetadata> Members { get; }

    /// <summary>The text of a value in YAML, JSON and CSV: <c>EventType.JointWorkingGroup</c> → <c>joint-working-group</c>.</summary>
    /// <param name="value">A value of <see cref="Type"/>.</param>
    /// <returns>Its text; a value that is no declared member is written as its number.</returns>
    public string TextOf(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _texts.TryGetValue(value, out var text) ? text : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>One member of an enum.</summary>
/// <param name="Value">The member's value (boxed).</param>
/// <param name="Name">Its C# name, e.g. <c>JointWorkingGroup</c>.</param>
/// <param name="Text">Its text in YAML, JSON and CSV, e.g. <c>joint-working-group</c>.</param>
public sealed record EnumMemberMetadata(object Value, string Name, string Text);
