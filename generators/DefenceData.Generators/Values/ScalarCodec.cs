using DefenceData.Generators.Binding;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Model;
using DefenceData.Generators.Parsing;
using DefenceData.Generators.Shapes;

namespace DefenceData.Generators.Values;

/// <summary>A kind written as one YAML scalar: the scalar is checked for unsafe characters, then typed by the property (never by YAML's implicit typing).</summary>
internal abstract class ScalarCodec : ValueCodec
{
    public sealed override BoundValue? Bind(YamlNode node, ValueShape shape, IBindContext context)
    {
        if (node is not YamlScalar scalar)
        {
            return context.WrongType(node, Expected(shape));
        }

        if (UnsafeText.Find(scalar.Text) is { } unsafeChar)
        {
            context.Report(DiagnosticInfo.Create(DiagnosticDescriptors.UnsafeCharacter, scalar.Location, unsafeChar.Name, unsafeChar.Code));
            return null;
        }

        return BindScalar(scalar, shape, context);
    }

    /// <summary>Binds the scalar's text.</summary>
    protected abstract BoundValue? BindScalar(YamlScalar scalar, ValueShape shape, IBindContext context);
}
