using System.Text.Json;
using DefenceData.Cli.Csv;
using DefenceData.Export;

namespace DefenceData.Tests;

/// <summary>JSON and CSV name a property and an enum value the same way, acronyms included.</summary>
public sealed class KeyNamingTests
{
    [Fact]
    public void Json_keys_and_csv_columns_agree_for_acronym_properties()
    {
        var json = JsonSerializer.SerializeToElement(new Probe(), DatasetJson.Options);
        var jsonKeys = json.EnumerateObject().Select(p => p.Name);
        Assert.Equal(["url", "iosVersion", "cameoCode", "kind"], jsonKeys);
        Assert.Equal(jsonKeys, CsvSchema.For(typeof(Probe)).TypedColumns(_ => null).Select(c => c.Name));
    }

    [Fact]
    public void Json_and_csv_write_an_acronym_enum_member_alike()
    {
        var json = JsonSerializer.SerializeToElement(new Probe(), DatasetJson.Options);
        var csv = CsvExport.Format(ProbeKind.IOSDevice);
        Assert.Equal("ios-device", json.GetProperty("kind").GetString());
        Assert.Equal("ios-device", csv);
    }

    private enum ProbeKind
    {
        IOSDevice,
    }

    private sealed record Probe
    {
        public string? URL { get; init; } = "u";

        public string? IOSVersion { get; init; }

        public string? CameoCode { get; init; }

        public ProbeKind Kind { get; init; } = ProbeKind.IOSDevice;
    }
}
