using DefenceData.Generators.Model;

namespace DefenceData.Generators.Parsing;

/// <summary>
/// One YAML file as read: its text, or the diagnostics that stopped it being read (not UTF-8, not
/// readable). This, not the parsed tree, is what the pipeline caches per file: a tree is about ten
/// times the size of its text, and at 50,000 records holding every tree cost more collector time than
/// parsing a changed file again.
/// </summary>
internal sealed record YamlSource(string Path, string? Text, EquatableArray<DiagnosticInfo> Diagnostics);
