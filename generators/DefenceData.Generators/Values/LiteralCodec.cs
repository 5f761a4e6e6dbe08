using DefenceData.Generators.Binding;

namespace DefenceData.Generators.Values;

/// <summary>
/// A scalar kind bound to a <see cref="BoundLiteral"/> (booleans and numbers): the bound value already
/// holds its C# literal, so the readable literal is that text.
/// </summary>
internal abstract class LiteralCodec : ScalarCodec
{
    public sealed override string Literal(BoundValue value) => ((BoundLiteral)value).CSharp;
}
