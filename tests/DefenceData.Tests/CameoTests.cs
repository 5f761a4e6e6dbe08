namespace DefenceData.Tests;

/// <summary>The CAMEO codebook compiled from data/reference/cameo: every code in the data resolves, and its meaning is derived.</summary>
public sealed class CameoTests
{
    [Fact]
    public void Every_code_in_the_data_resolves_to_a_codebook_entry()
    {
        var codes = Dataset.Events.Select(e => e.CameoCode).Concat(Dataset.Statements.Select(s => s.CameoCode)).OfType<string>().ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.NotNull(CameoCodebook.Find(code)));
        Assert.All(Dataset.Events.Where(e => e.CameoCode is not null), e => Assert.Equal(e.CameoCode, e.Cameo!.Code));
    }

    [Fact]
    public void Every_country_in_the_data_has_a_cameo_country_code()
    {
        Assert.Equal(["IND", "IRN", "ISR"], Dataset.Countries.Select(c => c.CameoCode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_entry_gives_the_description_root_quad_class_and_goldstein_value()
    {
        var visit = CameoCodebook.Find("042")!;
        Assert.Equal(new CameoEntry("042", "Make a visit", "042", "04", "CONSULT", QuadClass.VerbalCooperation, 1.9), visit);
        Assert.Equal(new CameoEntry("0253", "Appeal for release of persons or property", "025", "02", "APPEAL", QuadClass.VerbalCooperation, -0.3), CameoCodebook.Find("0253"));
        Assert.Equal(QuadClass.MaterialConflict, CameoCodebook.Find("190")!.QuadClass);
        Assert.Equal(-10.0, CameoCodebook.Find("190")!.GoldsteinScale);
        Assert.Null(CameoCodebook.Find("0425"));
        Assert.Null(CameoCodebook.Find(null));
    }

    [Theory]
    [InlineData("01", QuadClass.VerbalCooperation)]
    [InlineData("05", QuadClass.VerbalCooperation)]
    [InlineData("06", QuadClass.MaterialCooperation)]
    [InlineData("09", QuadClass.MaterialCooperation)]
    [InlineData("10", QuadClass.VerbalConflict)]
    [InlineData("14", QuadClass.VerbalConflict)]
    [InlineData("15", QuadClass.MaterialConflict)]
    [InlineData("20", QuadClass.MaterialConflict)]
    public void Root_codes_map_to_gdelts_quad_classes(string root, QuadClass quadClass)
    {
        Assert.Equal(quadClass, CameoCodebook.QuadClassOf(root));
    }

    [Fact]
    public void The_codebook_holds_every_code_of_gdelts_table_with_a_goldstein_value()
    {
        Assert.Equal(311, CameoCodebook.All.Count);
        Assert.Equal(20, CameoCodebook.All.Count(e => e.Code.Length == 2));
        Assert.All(CameoCodebook.All, e => Assert.InRange(e.GoldsteinScale, -10.0, 10.0));
        // Corrected where copies agree (docs/DATA.md): the table's own file has mangled quotes here.
        Assert.Equal("Meet at a third location", CameoCodebook.Find("044")!.Description);
        Assert.Equal("Demand withdrawal", CameoCodebook.Find("106")!.Description);
    }

    [Fact]
    public void The_meaning_is_derived_not_exported()
    {
        var json = DefenceData.Export.DatasetJson.ToJson();
        Assert.DoesNotContain("\"cameo\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("goldstein", json, StringComparison.OrdinalIgnoreCase);
    }
}
