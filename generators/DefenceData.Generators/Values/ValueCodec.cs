using System.Collections.Generic;
using DefenceData.Generators.Binding;
using DefenceData.Generators.Emit;
using DefenceData.Generators.Model;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Values;

/// <summary>
/// Everything the generator does with one kind of value, in one place: what YAML must hold
/// (<see cref="Expected"/>), how it binds (<see cref="Bind"/>), its readable C# literal
/// (<see cref="Literal"/>, <see cref="WriteField"/>), its compact encoding (<see cref="Encode"/>) and
/// the C# that decodes it (<see cref="Decode"/>, <see cref="WriteReaderMembers"/>). A new kind of value
/// is a new <see cref="ValueKind"/>, one subclass and its entry in <see cref="ValueCodecs"/>
/// (docs/ARCHITECTURE.md). The run-time JSON and CSV rendering of a kind lives in the data package.
/// </summary>
internal abstract class ValueCodec
{
    /// <summary>The kind this codec handles.</summary>
    public abstract ValueKind Kind { get; }

    /// <summary>What a YAML value of this kind must be, for DD0004's message ("a whole number").</summary>
    public abstract string Expected(ValueShape shape);

    /// <summary>Binds a YAML node that is not null; reports a diagnostic and returns null when it does not fit.</summary>
    public abstract BoundValue? Bind(YamlNode node, ValueShape shape, IBindContext context);

    /// <summary>The value as one C# expression (readable mode).</summary>
    public abstract string Literal(BoundValue value);

    /// <summary>Writes <c>Property = value,</c> in a readable object initializer.</summary>
    public virtual void WriteField(SourceWriter writer, string property, BoundValue value) =>
        writer.Line(Identifiers.Escape(property) + " = " + Literal(value) + ",");

    /// <summary>Counts what the compact blob may share (text) before anything is written.</summary>
    public virtual void Scan(BoundValue value, ValueShape shape, ICompactEncoder encoder)
    {
    }

    /// <summary>Writes the value's compact encoding.</summary>
    public abstract void Encode(BoundValue value, ValueShape shape, ICompactEncoder encoder);

    /// <summary>The C# expression that reads one non-null value from the generated reader <c>r</c>.</summary>
    public abstract string Decode(ValueShape shape, ICompactDecoder decoder);

    /// <summary>Members this kind adds to the generated reader; <paramref name="used"/> says whether any record holds one.</summary>
    public virtual void WriteReaderMembers(SourceWriter writer, bool used)
    {
    }
}

/// <summary>What a <see cref="ValueCodec"/> needs from the binder.</summary>
internal interface IBindContext
{
    /// <summary>Binds a nested value (a list item) by its own kind.</summary>
    BoundValue? BindValue(YamlNode node, ValueShape shape);

    /// <summary>Binds a nested mapping to its type.</summary>
    BoundObject? BindObject(YamlMapping mapping, TypeShape type);

    /// <summary>Records an id the value refers to, checked once every file is bound.</summary>
    void AddReference(string text, LocationInfo location);

    /// <summary>Reports a diagnostic.</summary>
    void Report(DiagnosticInfo diagnostic);

    /// <summary>Reports DD0004 (the value is not what the key expects) and returns null.</summary>
    BoundValue? WrongType(YamlNode node, string expected);

    /// <summary>
    /// Reports DD0004 for a scalar that is not the number or boolean expected, saying why where it can:
    /// quoted (<paramref name="looksRight"/> but not plain: "remove the quotes"), out of
    /// <paramref name="range"/> (<paramref name="looksRight"/> but too large), or simply something else.
    /// </summary>
    BoundValue? WrongScalar(YamlScalar scalar, string expected, bool looksRight, string? range = null);
}

/// <summary>What a <see cref="ValueCodec"/> needs from the compact blob.</summary>
internal interface ICompactEncoder
{
    List<byte> Output { get; }

    void CountString(string text);

    void WriteString(string text);

    void WriteValue(BoundValue value, ValueShape shape);

    void WriteObject(BoundObject value, TypeShape type);

    void ScanValue(BoundValue value, ValueShape shape);

    void ScanObject(BoundObject value, TypeShape type);

    ulong EnumIndex(ValueShape shape, string member);
}

/// <summary>What a <see cref="ValueCodec"/> needs from the generated decoder.</summary>
internal interface ICompactDecoder
{
    /// <summary>The expression reading a nested value by its own kind.</summary>
    string Read(ValueShape shape);

    /// <summary>The name of the generated table of an enum's members.</summary>
    string EnumTable(ValueShape shape);

    /// <summary>The expression reading an object of the shape's type.</summary>
    string ObjectReader(ValueShape shape);

    /// <summary>The expression reading a list of the shape's element.</summary>
    string ListReader(ValueShape shape);
}
