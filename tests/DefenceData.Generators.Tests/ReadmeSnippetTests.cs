using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DefenceData.Generators.Tests;

/// <summary>
/// Every C# snippet of README.md compiles as written, against the DefenceData assembly, with the
/// implicit usings of an SDK project. A snippet of top-level statements is compiled as a program;
/// one of declarations as a library. The fixtures example uses a <c>MyReport</c> class the reader
/// has; the test supplies a stub of it, nothing else.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading.Tasks;
        """;

    private const string MyReportStub = "public static class MyReport { public static string For(object record) => record.ToString()!; }";

    private static readonly Lazy<IReadOnlyList<string>> s_snippets = new(() =>
        Snippet().Matches(File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(m => m.Groups[1].Value)
            .ToList());

    public static TheoryData<int> Indices => new(Enumerable.Range(0, s_snippets.Value.Count));

    [Fact]
    public void The_readme_has_csharp_snippets()
    {
        Assert.True(s_snippets.Value.Count >= 4, $"found {s_snippets.Value.Count}");
    }

    [Theory]
    [MemberData(nameof(Indices))]
    public void Each_readme_snippet_compiles(int index)
    {
        var code = s_snippets.Value[index];
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var tree = CSharpSyntaxTree.ParseText(code, options, path: $"README-snippet-{index}.cs");
        var isProgram = tree.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "ReadmeSnippet" + index,
            [tree, CSharpSyntaxTree.ParseText(ImplicitUsings, options), CSharpSyntaxTree.ParseText(MyReportStub, options)],
            GeneratorHarness.Compilation().References.Concat(
            [
                MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Assert).Assembly.Location),
            ]),
            new CSharpCompilationOptions(isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.True(errors.Count == 0, code + "\n" + string.Join("\n", errors));
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Snippet();
}
