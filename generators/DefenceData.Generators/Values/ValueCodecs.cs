using DefenceData.Generators.Binding;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Values;

/// <summary>The codec of each <see cref="ValueKind"/>: the switch over kinds that binding and both emit modes share (the JSON Schema writer has the other).</summary>
internal static class ValueCodecs
{
    private static readonly ValueCodec[] s_codecs =
    {
        TextCodec.Instance,
        BooleanCodec.Instance,
        Int32Codec.Instance,
        Int64Codec.Instance,
        DoubleCodec.Instance,
        DecimalCodec.Instance,
        EnumCodec.Instance,
        DateCodec.Instance,
        ObjectCodec.Instance,
        ListCodec.Instance,
    };

    /// <summary>The codec of a kind.</summary>
    public static ValueCodec For(ValueKind kind) => s_codecs[(int)kind];

    /// <summary>The codec of a bound value (not <see cref="BoundNull"/>, which every kind writes as <c>null</c>).</summary>
    public static ValueCodec For(BoundValue value) => value switch
    {
        BoundString => TextCodec.Instance,
        BoundLiteral literal => For(literal.Kind),
        BoundEnum => EnumCodec.Instance,
        BoundDate => DateCodec.Instance,
        BoundObject => ObjectCodec.Instance,
        BoundList => ListCodec.Instance,
        _ => throw new System.InvalidOperationException("No codec for " + value.GetType().Name),
    };

    /// <summary>The C# expression of any bound value, <c>null</c> included.</summary>
    public static string Literal(BoundValue value) => value is BoundNull ? "null" : For(value).Literal(value);

    /// <summary>The codecs in the order their members appear in the generated reader.</summary>
    public static ValueCodec[] All => s_codecs;
}
