using Microsoft.CodeAnalysis;

namespace DefenceData.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are never reused; each one has a section of
/// docs/DIAGNOSTICS.md (its help link) and is listed in AnalyzerReleases.*.md. A
/// <see cref="Model.DiagnosticInfo"/> carries its descriptor, so there is no table from id to
/// descriptor to keep in step with this list.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>docs/DIAGNOSTICS.md in the repository; each id's section is its lower-case anchor (<c>#dd0008</c>).</summary>
    public const string HelpDocument = "https://github.com/DefenceData/DefenceData/blob/main/docs/DIAGNOSTICS.md";

    private const string Category = "DefenceData";

    public static readonly DiagnosticDescriptor YamlSyntaxError = Error("DD0001", "YAML syntax error", "YAML syntax error: {0}");

    public static readonly DiagnosticDescriptor UnknownKey = Error("DD0002", "Unknown key", "Unknown key '{0}' for {1}.{2} {3}");

    public static readonly DiagnosticDescriptor MissingRequiredKey = Error("DD0003", "Missing required key", "Missing required key '{0}' for {1}");

    public static readonly DiagnosticDescriptor WrongType = Error("DD0004", "Wrong type", "Key '{0}' expects {1}, but the value is {2}");

    public static readonly DiagnosticDescriptor InvalidDate = Error("DD0005", "Invalid date", "'{0}' is not a date: expected yyyy, yyyy-MM or yyyy-MM-dd of a real calendar day");

    public static readonly DiagnosticDescriptor UnknownEnumValue = Error("DD0006", "Unknown enum value", "'{0}' is not a value of {1}.{2} {3}");

    public static readonly DiagnosticDescriptor DuplicateId = Error("DD0007", "Duplicate id", "Duplicate id '{0}' in collection {1}; it is first defined at {2}");

    public static readonly DiagnosticDescriptor DanglingReference = Error("DD0008", "Dangling reference", "No {0} has the id '{1}'.{2}");

    public static readonly DiagnosticDescriptor MalformedId = Error("DD0009", "Malformed id", "Id '{0}' is not kebab-case: lower-case letters and digits in words joined by single hyphens");

    public static readonly DiagnosticDescriptor MemberNameCollision = Error("DD0010", "Member name collision", "{0} gives the C# member name '{1}', which is already taken by {2}");

    public static readonly DiagnosticDescriptor QuoteNotFound = Error("DD0011", "Quote not found in its source", "The quote is not found verbatim in the text of source '{0}' ({1}): \"{2}\". {3}");

    public static readonly DiagnosticDescriptor EvidenceFileNotFound = Error("DD0012", "Evidence file not found", "Evidence file '{0}' is not among the additional files of the build");

    public static readonly DiagnosticDescriptor DuplicateKey = Error("DD0013", "Duplicate key", "Key '{0}' appears more than once in the same mapping");

    public static readonly DiagnosticDescriptor UnsupportedYamlFeature = Error("DD0014", "Unsupported YAML feature", "{0} are not supported in data files: write the value out in full");

    public static readonly DiagnosticDescriptor InputTooLarge = Error("DD0015", "Input too large or too deep", "{0}");

    public static readonly DiagnosticDescriptor UnsupportedPropertyType = Error("DD0016", "Unsupported property type", "Property '{0}' of {1} has type {2}, which data files cannot express");

    public static readonly DiagnosticDescriptor InvalidCollection = Error("DD0017", "Invalid collection declaration", "{0}");

    public static readonly DiagnosticDescriptor InternalError = Error("DD0018", "Internal generator error", "The generator failed on '{0}': {1}");

    public static readonly DiagnosticDescriptor FileInNoCollection = Error("DD0019", "File belongs to no collection", "'{0}' is in the data directory but in no collection's folder; {1}");

    public static readonly DiagnosticDescriptor NullValue = Error("DD0020", "Null value", "Key '{0}' cannot be null");

    public static readonly DiagnosticDescriptor SelfReference = Error("DD0021", "Self reference", "Record '{0}' refers to itself");

    public static readonly DiagnosticDescriptor MultipleDocuments = Error("DD0022", "Several documents in one file", "A data file holds one YAML document; this is document {0}");

    public static readonly DiagnosticDescriptor NoRecords = Error("DD0023", "No records", "The file holds no records: expected a mapping (one record) or a sequence of mappings");

    public static readonly DiagnosticDescriptor UnsafeCharacter = Error("DD0024", "Unsafe character", "The text holds {0} (U+{1}), which is not allowed in data files");

    public static readonly DiagnosticDescriptor NotUtf8 = Error("DD0025", "File is not UTF-8", "The file is not valid UTF-8: the compiler read it as '{0}'; save it as UTF-8");

    public static readonly DiagnosticDescriptor IdInTwoCollections = Error("DD0026", "Id in two collections of one type", "Id '{0}' is already a {1} in collection '{2}': ids of one record type are unique across the compilation's collections of it, so a reference names one record");

    public static readonly DiagnosticDescriptor TooFewItems = Error("DD0027", "Too few items", "Key '{0}' needs at least {1} item(s), but has {2}: a fact the model says is cited needs a citation");

    public static readonly DiagnosticDescriptor OutOfRange = Error("DD0028", "Number out of range", "Key '{0}' must be {1}, but is {2}");

    public static readonly DiagnosticDescriptor DateBeforeStart = Error("DD0029", "Date without or before the date it follows", "Key '{0}' {1}");

    public static readonly DiagnosticDescriptor KeysNotTogether = Error("DD0030", "Keys that exclude each other", "Keys '{0}' and '{1}' cannot both be given; keep the one the record means");

    public static readonly DiagnosticDescriptor KeyNotForThisValue = Error("DD0031", "Key given for another value", "Key '{0}' is only given when '{1}' is '{2}', but '{1}' is '{3}'; remove '{0}' or change '{1}'");

    public static readonly DiagnosticDescriptor UnknownCode = Error("DD0032", "Code not in its codebook", "Key '{0}' is '{1}', which is not a code of the codebook {2}.{3}");

    public static readonly DiagnosticDescriptor CodebookNotFound = Error("DD0033", "Codebook file not found", "The codebook file '{0}' is not among the build's files: put it under the data directory, as a .tsv file");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpLink(id), description: title + ".");

    /// <summary>The help link of an id: its section of docs/DIAGNOSTICS.md.</summary>
    public static string HelpLink(string id) => HelpDocument + "#" + id.ToLowerInvariant();
}
