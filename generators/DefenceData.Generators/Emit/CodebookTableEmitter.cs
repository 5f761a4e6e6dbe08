using Microsoft.CodeAnalysis.CSharp;

namespace DefenceData.Generators.Emit;

/// <summary>
/// Writes a <c>[CodebookTable]</c> class's members: <c>Entries</c>, every row in the file's order, and
/// <c>Find(code)</c>, a switch over the codes. Plain code: nothing is read at run time, nothing reflected.
/// </summary>
internal static class CodebookTableEmitter
{
    private const string Pair = "global::System.Collections.Generic.KeyValuePair<string, string>";

    public static string Emit(CodebookTableModel model)
    {
        var w = SourceWriter.File(" from the codebook " + model.Path + ".", model.Namespace);
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("static partial class " + model.ClassName);
        w.Line("/// <summary>Every row of the codebook <c>" + model.Path + "</c>, in the file's order: a code and its value.</summary>");
        w.Open("public static global::System.Collections.Generic.IReadOnlyList<" + Pair + "> Entries { get; } = new " + Pair + "[]");
        foreach (var row in model.Rows)
        {
            w.Line("new(" + Literal(row.Code) + ", " + Literal(row.Value) + "),");
        }

        w.Close(";");
        w.Line();
        w.Line("/// <summary>The value the codebook gives <paramref name=\"code\"/>, or <see langword=\"null\"/> when it is not one of its codes.</summary>");
        w.Line("/// <param name=\"code\">The code, as the codebook writes it (<c>\"042\"</c>).</param>");
        w.Line("/// <returns>The code's value, or <see langword=\"null\"/>.</returns>");
        w.Open("public static string? Find(string? code) => code switch");
        var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        foreach (var row in model.Rows)
        {
            if (seen.Add(row.Code))
            {
                w.Line(Literal(row.Code) + " => " + Literal(row.Value) + ",");
            }
        }

        w.Line("_ => null,");
        w.Close(";");
        w.Close();
        return w.ToString();
    }

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
}
