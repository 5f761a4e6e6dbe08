using System.Text.Json;
using DefenceData.Testing;
using Json.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DefenceData.Generators.Tests.Schemas;

/// <summary>The JSON Schemas a generator run emitted (the properties of its <c>DataSchemas</c> class), and validation against them.</summary>
internal static class GeneratedSchemas
{
    /// <summary>Each collection's schema text by its <c>DataSchemas</c> property name (the collection class's name).</summary>
    public static IReadOnlyDictionary<string, string> Of(GeneratorDriverRunResult result)
    {
        var tree = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("DataSchemas.g.cs", StringComparison.Ordinal));
        return tree.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Where(p => p.ExpressionBody?.Expression is LiteralExpressionSyntax)
            .ToDictionary(p => p.Identifier.ValueText, p => ((LiteralExpressionSyntax)p.ExpressionBody!.Expression).Token.ValueText, StringComparer.Ordinal);
    }

    /// <summary>Whether the YAML text, read as an editor reads it, is valid against the schema; with the errors if not.</summary>
    public static (bool Valid, string Errors) Validate(string schemaText, string yaml)
    {
        var schema = JsonSchema.FromText(schemaText);
        using var instance = JsonDocument.Parse(YamlJson.Convert(yaml)?.ToJsonString() ?? "null");
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
        return (result.IsValid, errors);
    }
}
