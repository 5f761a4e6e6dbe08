using System.Collections.Immutable;
using System.Linq;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Model;
using DefenceData.Generators.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DefenceData.Generators.Emit;

/// <summary>
/// A class marked <c>[CodebookTable(path)]</c> and the rows of the codebook file it names, to emit as
/// code (<see cref="CodebookTableEmitter"/>). <paramref name="Location"/> is the attribute, where a
/// missing file (DD0033) or a class that cannot take the members (DD0017) is reported.
/// </summary>
internal sealed record CodebookTableModel(
    string Namespace,
    string ClassName,
    string FullName,
    string Path,
    LocationInfo? Location,
    EquatableArray<CodebookRow> Rows,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public const string AttributeName = "DefenceData.Annotations.CodebookTableAttribute";

    public static CodebookTableModel Read(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var location = LocationInfo.From(context.Attributes[0].ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation());
        return GuardedStep.Run(location, type.Name, () =>
            {
                var ns = type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString();
                var path = context.Attributes[0].ConstructorArguments.FirstOrDefault().Value as string ?? "";
                var isPartial = type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax t && t.Modifiers.Any(m => m.ValueText == "partial"));
                var diagnostics = EquatableArray<DiagnosticInfo>.Empty;
                if (!type.IsStatic || type.ContainingType is not null || !isPartial)
                {
                    diagnostics = diagnostics.Append(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCollection, location,
                        $"Codebook table '{type.Name}' must be a top-level 'static partial' class"));
                }

                return new CodebookTableModel(ns, type.Name, ns.Length == 0 ? type.Name : ns + "." + type.Name, path, location, EquatableArray<CodebookRow>.Empty, diagnostics);
            },
            failure => new CodebookTableModel("", type.Name, type.Name, "", location, EquatableArray<CodebookRow>.Empty, EquatableArray<DiagnosticInfo>.Empty.Append(failure)));
    }

    /// <summary>This table with the rows of its codebook, or DD0033 when the build has no such file.</summary>
    public CodebookTableModel WithRows(ImmutableArray<CodebookText> codebooks, string? dataDirectory) =>
        Diagnostics.Count > 0 ? this
        : DatasetValidator.Find(codebooks, Path, dataDirectory) is { } book ? this with { Rows = book.Rows }
        : this with { Diagnostics = Diagnostics.Append(DiagnosticInfo.Create(DiagnosticDescriptors.CodebookNotFound, Location, Path)) };
}
