using System.Linq;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DefenceData.Generators.Shapes;

/// <summary>Reads a class marked <c>[DatasetRoot]</c> into an equatable declaration.</summary>
internal static class RootReader
{
    public const string DatasetRootAttribute = "DefenceData.Annotations.DatasetRootAttribute";

    public static Emit.RootDeclaration Read(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var ns = type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString();
        var accessibility = type.DeclaredAccessibility == Accessibility.Public ? "public" : "internal";
        var isPartial = type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax t && t.Modifiers.Any(m => m.ValueText == "partial"));
        var diagnostics = EquatableArray<DiagnosticInfo>.Empty;
        if (!type.IsStatic || type.ContainingType is not null || !isPartial)
        {
            var location = LocationInfo.From(context.Attributes[0].ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation());
            diagnostics = diagnostics.Append(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCollection, location,
                $"Dataset root '{type.Name}' must be a top-level 'static partial' class"));
        }

        return new Emit.RootDeclaration(ns, type.Name, accessibility, diagnostics);
    }
}
