using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DefenceData.Generators.Diagnostics;
using DefenceData.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DefenceData.Generators.Shapes;

/// <summary>Reads a <c>[DataCollection]</c> class and its record type into an equatable shape.</summary>
internal static class ShapeReader
{
    public const string DataCollectionAttribute = "DefenceData.Annotations.DataCollectionAttribute";
    private const string ReferenceAttribute = "DefenceData.Annotations.ReferenceAttribute";
    private const string VerbatimQuoteAttribute = "DefenceData.Annotations.VerbatimQuoteAttribute";
    private const string EvidenceFileAttribute = "DefenceData.Annotations.EvidenceFileAttribute";
    private const string NavigationAttribute = "DefenceData.Annotations.NavigationAttribute";
    private const string MinLengthAttribute = "System.ComponentModel.DataAnnotations.MinLengthAttribute";
    private const string MinItemsAttribute = "DefenceData.Annotations.MinItemsAttribute";
    private const string DerivedAttribute = "DefenceData.Annotations.DerivedAttribute";
    private const string RangeAttribute = "System.ComponentModel.DataAnnotations.RangeAttribute";
    private const string NotBeforeAttribute = "DefenceData.Annotations.NotBeforeAttribute";
    private const string NotWithAttribute = "DefenceData.Annotations.NotWithAttribute";
    private const string OnlyWhenAttribute = "DefenceData.Annotations.OnlyWhenAttribute";
    private const string CodebookAttribute = "DefenceData.Annotations.CodebookAttribute";
    private const string PartialDateType = "DefenceData.PartialDate";
    private const string RecordInterface = "DefenceData.IRecord";
    private const int MaxObjectDepth = 8;

    private static readonly SymbolDisplayFormat s_fullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public static CollectionShape Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var attribute = context.Attributes[0];
        var diagnostics = new List<DiagnosticInfo>();
        var location = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation());
        var ns = type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString();
        var accessibility = type.DeclaredAccessibility == Accessibility.Public ? "public" : "internal";

        var recordType = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as INamedTypeSymbol : null;
        var folder = attribute.ConstructorArguments.Length > 1 ? attribute.ConstructorArguments[1].Value as string : null;

        if (!type.IsStatic || type.ContainingType is not null || !IsPartial(type, cancellationToken))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCollection, location,
                $"Collection class '{type.Name}' must be a top-level 'static partial' class"));
        }

        if (string.IsNullOrWhiteSpace(folder) || folder!.Contains("\\") || folder.StartsWith("/") || folder.Any(char.IsControl)
            || folder.Split('/').Any(s => s is "" or "." or ".."))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCollection, location,
                $"Collection '{type.Name}' needs a folder relative to the data directory, with '/' separators and no '.' or '..' parts"));
            folder = "";
        }

        TypeShape? record = null;
        if (recordType is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCollection, location,
                $"Collection '{type.Name}' needs a record type"));
        }
        else if (recordType.IsValueType)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCollection, location,
                $"Record type '{recordType.Name}' of collection '{type.Name}' is a value type; a collection holds records of a class or record class"));
        }
        else
        {
            record = ReadType(recordType, new ShapePath(), diagnostics, location, cancellationToken);
            var id = record.Properties.FirstOrDefault(p => p.Name == "Id");
            if (id is null || id.Value.Kind != ValueKind.String || !id.IsRequired)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCollection, location,
                    $"Record type '{recordType.Name}' of collection '{type.Name}' needs a 'required string Id {{ get; init; }}' property"));
                record = null;
            }
            else if (!record.IsPartialTopLevelInCompilation && !recordType.AllInterfaces.Any(i => i.ToDisplayString() == RecordInterface)
                && context.SemanticModel.Compilation.GetTypeByMetadataName(RecordInterface) is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCollection, location,
                    $"Record type '{recordType.Name}' of collection '{type.Name}' must be 'partial' (the generator then implements DefenceData.IRecord) or implement DefenceData.IRecord itself"));
                record = null;
            }
        }

        // Members the user wrote in the collection class: an id must not give one of their names.
        var classMembers = type.GetMembers().Where(m => !m.IsImplicitlyDeclared).Select(m => m.Name).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToEquatableArray();
        return new CollectionShape(type.Name, ns, type.ToDisplayString(s_fullyQualified), folder!, record, accessibility, diagnostics.ToEquatableArray(), classMembers,
            LocationInfo.From(context.TargetNode is ClassDeclarationSyntax declaration ? declaration.Identifier.GetLocation() : context.TargetNode.GetLocation()));
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax t
            && t.Modifiers.Any(m => m.ValueText == "partial"));

    private static TypeShape ReadType(INamedTypeSymbol type, ShapePath path, List<DiagnosticInfo> diagnostics, LocationInfo? location, CancellationToken cancellationToken)
    {
        path.Types.Add(type);
        var properties = new List<PropertyShape>();
        var hasScope = false;
        foreach (var property in SettableProperties(type))
        {
            // Generated navigation (and the scope setter) of a type compiled elsewhere: not data.
            if (property.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == NavigationAttribute))
            {
                hasScope |= property.Name == Resolution.ScopeNames.Property;
                continue;
            }

            if (ReadProperty(type, property, path, diagnostics, location, cancellationToken) is { } shape)
            {
                properties.Add(shape);
            }
        }

        CheckSiblingRules(type, properties, location, diagnostics);

        var isPartialTopLevel = type.ContainingType is null && IsPartial(type, cancellationToken);
        var keyword = type.IsRecord ? (type.IsValueType ? "record struct" : "record") : (type.IsValueType ? "struct" : "class");
        var ns = type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString();
        var result = new TypeShape(
            type.ToDisplayString(s_fullyQualified),
            type.Name,
            ns,
            type.Name,
            keyword,
            isPartialTopLevel,
            type.GetMembers().Select(m => m.Name).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToEquatableArray(),
            properties.ToEquatableArray(),
            hasScope,
            DocumentationSummary.Of(type, cancellationToken),
            DerivedProperties(type, path, diagnostics, location, cancellationToken));
        path.Types.Remove(type);
        path.Cache[type] = result;
        return result;
    }

    /// <summary>Every public instance property with a public setter, base types first, the most derived of each name once.</summary>
    /// <summary>The <c>[Derived]</c> get-only properties: scalars only (DD0017 otherwise), never bound from YAML.</summary>
    private static EquatableArray<PropertyShape> DerivedProperties(INamedTypeSymbol type, ShapePath path, List<DiagnosticInfo> diagnostics, LocationInfo? location, CancellationToken cancellationToken)
    {
        var derived = new List<PropertyShape>();
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic && p.DeclaredAccessibility == Accessibility.Public && p.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == DerivedAttribute)))
        {
            var value = ReadValue(property.Type, property.NullableAnnotation, path, diagnostics, location, cancellationToken);
            if (value is null or { Kind: ValueKind.Object or ValueKind.List } || property.SetMethod is not null)
            {
                var at = LocationInfo.From(property.Locations.FirstOrDefault(l => l.IsInSource)) ?? location;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCollection, at,
                    "[Derived] property '" + type.Name + "." + property.Name + "' must be a get-only scalar (text, number, boolean, enum or date): the tables carry it as one column"));
                continue;
            }

            derived.Add(new PropertyShape(property.Name, DataNames.Key(property.Name), value, false, null, null, false, Description: DocumentationSummary.Of(property, cancellationToken)));
        }

        return derived.ToEquatableArray();
    }

    private static IEnumerable<IPropertySymbol> SettableProperties(INamedTypeSymbol type)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var chain = new List<INamedTypeSymbol>();
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            chain.Insert(0, t);
        }

        foreach (var t in chain)
        {
            foreach (var member in t.GetMembers())
            {
                if (member is IPropertySymbol property && !property.IsStatic && !property.IsIndexer
                    && property.DeclaredAccessibility == Accessibility.Public && property.SetMethod is not null
                    && property.SetMethod.DeclaredAccessibility == Accessibility.Public && property.Name != "EqualityContract"
                    && seen.Add(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    /// <summary>One data property: its value's shape and what its attributes say; null (and DD0016) where data files cannot express its type.</summary>
    private static PropertyShape? ReadProperty(INamedTypeSymbol type, IPropertySymbol property, ShapePath path, List<DiagnosticInfo> diagnostics, LocationInfo? location, CancellationToken cancellationToken)
    {
        var value = ReadValue(property.Type, property.NullableAnnotation, path, diagnostics, location, cancellationToken);
        if (value is null)
        {
            // At the property where it is in source; else (a type from a reference) at the collection.
            var at = LocationInfo.From(property.Locations.FirstOrDefault(l => l.IsInSource)) ?? location;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedPropertyType, at,
                property.Name, type.Name, property.Type.ToDisplayString()));
            return null;
        }

        var shape = new PropertyShape(property.Name, DataNames.Key(property.Name), value, property.IsRequired, null, null, false,
            Description: DocumentationSummary.Of(property, cancellationToken));
        foreach (var a in property.GetAttributes())
        {
            shape = WithAttribute(shape, a);
        }

        return shape;
    }

    /// <summary>What one attribute of a data property says: a reference target, a quote's source, an evidence file, a bound or a rule between properties.</summary>
    private static PropertyShape WithAttribute(PropertyShape shape, AttributeData a) =>
        a.AttributeClass?.ToDisplayString() switch
        {
            ReferenceAttribute when a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is ITypeSymbol target =>
                shape with { ReferenceTarget = target.ToDisplayString(s_fullyQualified) },
            VerbatimQuoteAttribute when a.ConstructorArguments.Length == 1 => shape with { QuoteSourceProperty = a.ConstructorArguments[0].Value as string },
            EvidenceFileAttribute => shape with { IsEvidenceFile = true },
            MinLengthAttribute or MinItemsAttribute when a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is int length => shape with { MinItems = length },
            RangeAttribute => shape with { Range = ReadRange(a) },
            NotBeforeAttribute when a.ConstructorArguments.Length == 1 => shape with { NotBefore = a.ConstructorArguments[0].Value as string },
            NotWithAttribute when a.ConstructorArguments.Length == 1 => shape with { NotWith = a.ConstructorArguments[0].Value as string },
            CodebookAttribute when a.ConstructorArguments.Length == 1 => shape with { Codebook = a.ConstructorArguments[0].Value as string },
            OnlyWhenAttribute when a.ConstructorArguments.Length == 2 => shape with { OnlyWhen = a.ConstructorArguments[0].Value as string, OnlyWhenValue = a.ConstructorArguments[1].Value as string },
            _ => shape,
        };

    private static ValueShape? ReadValue(ITypeSymbol type, NullableAnnotation annotation, ShapePath path, List<DiagnosticInfo> diagnostics, LocationInfo? location, CancellationToken cancellationToken)
    {
        var nullable = annotation == NullableAnnotation.Annotated;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n)
        {
            type = n.TypeArguments[0];
            nullable = true;
        }

        var name = type.ToDisplayString(s_fullyQualified);
        switch (type.SpecialType)
        {
            case SpecialType.System_String: return Scalar(ValueKind.String);
            case SpecialType.System_Boolean: return Scalar(ValueKind.Boolean);
            case SpecialType.System_Int32: return Scalar(ValueKind.Int32);
            case SpecialType.System_Int64: return Scalar(ValueKind.Int64);
            case SpecialType.System_Double: return Scalar(ValueKind.Double);
            case SpecialType.System_Decimal: return Scalar(ValueKind.Decimal);
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            var members = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).Select(f => f.Name).ToEquatableArray();
            return new ValueShape(ValueKind.Enum, name, nullable, members, null, null);
        }

        if (type.ToDisplayString() == PartialDateType)
        {
            return Scalar(ValueKind.PartialDate);
        }

        ITypeSymbol? element = type is IArrayTypeSymbol array ? array.ElementType : null;
        if (type is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Length == 1
            && generic.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.IReadOnlyList<T>" or "System.Collections.Generic.IEnumerable<T>"
                or "System.Collections.Generic.IList<T>" or "System.Collections.Generic.ICollection<T>" or "System.Collections.Generic.IReadOnlyCollection<T>")
        {
            element = generic.TypeArguments[0];
        }

        if (element is not null)
        {
            var elementShape = ReadValue(element, element.NullableAnnotation, path, diagnostics, location, cancellationToken);
            return elementShape is null || elementShape.Kind == ValueKind.List
                ? null
                : new ValueShape(ValueKind.List, name, nullable, EquatableArray<string>.Empty, elementShape, null);
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false } named
            && named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public)
            && path.Types.Count < MaxObjectDepth
            && !path.Types.Contains(named)) // A type holding itself (directly or not) cannot be written out in full.
        {
            var shape = path.Cache.TryGetValue(named, out var cached) ? cached : ReadType(named, path, diagnostics, location, cancellationToken);
            return new ValueShape(ValueKind.Object, name, nullable, EquatableArray<string>.Empty, null, shape);
        }

        return null;

        ValueShape Scalar(ValueKind kind) => new(kind, name, nullable, EquatableArray<string>.Empty, null, null);
    }

    /// <summary>
    /// <c>[Range(min, max)]</c> with numbers, or <c>[Range(typeof(T), "min", "max")]</c> with invariant number
    /// text, and its <c>MinimumIsExclusive</c>/<c>MaximumIsExclusive</c>; <see langword="null"/> for any other form.
    /// </summary>
    /// <summary>
    /// DD0017 where <c>[NotBefore]</c>, <c>[NotWith]</c> or <c>[OnlyWhen]</c> names no data property of the type,
    /// <c>[NotBefore]</c> joins anything but two dates, or <c>[OnlyWhen]</c> names no member of an enum property:
    /// a rule that cannot be checked is not silently dropped.
    /// </summary>
    private static void CheckSiblingRules(INamedTypeSymbol type, List<PropertyShape> properties, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        static bool IsDate(PropertyShape? p) => p?.Value.Kind == ValueKind.PartialDate;
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var faults = new[] { (Target: property.NotBefore, DatesOnly: true), (Target: property.NotWith, DatesOnly: false) }
                .Where(rule => rule.Target is not null)
                .Select(rule => properties.FirstOrDefault(p => p.Name == rule.Target) is not { } named
                    ? $"names '{rule.Target}', which is not a data property of {type.Name}"
                    : rule.DatesOnly && !(IsDate(property) && IsDate(named)) ? $"joins {property.Name} and {named.Name}, which are not both PartialDate" : null)
                .Where(fault => fault is not null)
                .ToList();
            if (property.OnlyWhen is { } condition)
            {
                var named = properties.FirstOrDefault(p => p.Name == condition);
                if (named is null)
                {
                    faults.Add($"names '{condition}', which is not a data property of {type.Name}");
                }
                else if (named.Value.Kind != ValueKind.Enum || !named.Value.EnumMembers.Contains(property.OnlyWhenValue ?? ""))
                {
                    faults.Add($"needs {named.Name} to be '{property.OnlyWhenValue}', which is not a member of its enum");
                }
            }

            foreach (var fault in faults)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCollection, location, $"A rule on {type.Name}.{property.Name} {fault}"));
            }

            if (faults.Count > 0)
            {
                properties[i] = property with { NotBefore = null, NotWith = null, OnlyWhen = null, OnlyWhenValue = null };
            }
        }
    }

    private static ValueRange? ReadRange(AttributeData attribute)
    {
        var args = attribute.ConstructorArguments;
        var bounds = args.Length switch
        {
            2 => (Min: Number(args[0].Value), Max: Number(args[1].Value)),
            3 => (Min: Number(args[1].Value), Max: Number(args[2].Value)),
            _ => (null, null),
        };
        if (bounds.Min is not { } min || bounds.Max is not { } max)
        {
            return null;
        }

        bool Flag(string name) => attribute.NamedArguments.Any(n => n.Key == name && n.Value.Value is true);
        return new ValueRange(min, max, Flag("MinimumIsExclusive"), Flag("MaximumIsExclusive"));

        static double? Number(object? value) => value switch
        {
            int i => i,
            double d => d,
            string s when double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }

    /// <summary>The types being read, outermost first (to refuse recursion), and those already read (each once).</summary>
    private sealed class ShapePath
    {
        public HashSet<ITypeSymbol> Types { get; } = new(SymbolEqualityComparer.Default);

        public Dictionary<ITypeSymbol, TypeShape> Cache { get; } = new(SymbolEqualityComparer.Default);
    }
}
