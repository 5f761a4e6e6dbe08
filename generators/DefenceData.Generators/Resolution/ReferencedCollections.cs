using System.Collections.Generic;
using System.Linq;
using DefenceData.Generators.Model;
using Microsoft.CodeAnalysis;

namespace DefenceData.Generators.Resolution;

/// <summary>A public collection of a referenced assembly, read from its <c>[assembly: CollectionIds]</c>.</summary>
internal sealed record ReferencedCollection(string Assembly, string ClassFullyQualifiedName, string RecordType, string Ids)
{
    /// <summary>The ids, split from their line-feed-terminated list.</summary>
    public IEnumerable<string> IdList() => Ids.Split('\n').Where(id => id.Length > 0);
}

/// <summary>Reads the collections that referenced assemblies expose, in assembly-name then class order.</summary>
internal static class ReferencedCollections
{
    private static readonly SymbolDisplayFormat s_fullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public static EquatableArray<ReferencedCollection> Read(Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        var found = new List<ReferencedCollection>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == ScopeNames.CollectionIdsAttribute
                    && attribute.ConstructorArguments.Length == 3
                    && attribute.ConstructorArguments[0].Value is INamedTypeSymbol collection
                    && attribute.ConstructorArguments[1].Value is INamedTypeSymbol record
                    && attribute.ConstructorArguments[2].Value is string ids
                    && compilation.IsSymbolAccessibleWithin(collection, compilation.Assembly))
                {
                    found.Add(new ReferencedCollection(assembly.Identity.Name, collection.ToDisplayString(s_fullyQualified), record.ToDisplayString(s_fullyQualified), ids));
                }
            }
        }

        return found
            .OrderBy(c => c.Assembly, System.StringComparer.Ordinal)
            .ThenBy(c => c.ClassFullyQualifiedName, System.StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
