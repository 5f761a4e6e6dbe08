using DefenceData.Generators.Binding;

namespace DefenceData.Generators.Tests.Binding;

/// <summary>Which collection folder a data file is in, and how its path is shown: the same on every OS.</summary>
public sealed class DataPathsTests
{
    [Theory]
    [InlineData(@"C:\repo\data\people\a.yaml", "C:/repo/data/people/a.yaml")]
    [InlineData("/repo//data/./people/a.yaml", "/repo/data/people/a.yaml")]
    [InlineData("/repo/src/../data/people/a.yaml", "/repo/data/people/a.yaml")]
    [InlineData("../../data/a.yaml", "../../data/a.yaml")]
    [InlineData("data/people/", "data/people")]
    public void Normalizing_uses_forward_slashes_and_resolves_dot_segments(string path, string expected)
    {
        Assert.Equal(expected, DataPaths.Normalize(path));
    }

    [Fact]
    public void A_file_under_the_data_directory_is_relative_to_it()
    {
        Assert.Equal("people/a.yaml", DataPaths.RelativeTo("/repo/data/people/a.yaml", "/repo/data/"));
    }

    [Fact]
    public void A_file_in_a_sibling_directory_sharing_the_name_as_a_prefix_is_not_under_it()
    {
        Assert.Null(DataPaths.RelativeTo("/repo/data2/people/a.yaml", "/repo/data"));
    }

    [Fact]
    public void Without_a_data_directory_no_file_is_relative_to_it()
    {
        Assert.Null(DataPaths.RelativeTo("/repo/data/people/a.yaml", ""));
        Assert.Null(DataPaths.RelativeTo("/repo/data/people/a.yaml", null));
    }

    [Theory]
    [InlineData("/repo/data/people/a.yaml", true)]
    [InlineData("/repo/data/people/old/a.yaml", true)]
    [InlineData("/repo/data/peoples/a.yaml", false)]
    [InlineData("/repo/data/a.yaml", false)]
    public void A_file_is_in_a_folder_of_the_data_directory_when_it_is_in_it_or_below(string path, bool expected)
    {
        Assert.Equal(expected, DataPaths.InFolder(path, "people", "/repo/data"));
    }

    [Theory]
    [InlineData("/elsewhere/people/a.yaml", true)]
    [InlineData("people/a.yaml", true)]
    [InlineData("/elsewhere/xpeople/a.yaml", false)]
    [InlineData("/elsewhere/people/old/a.yaml", false)]
    [InlineData("a.yaml", false)]
    public void Without_a_data_directory_a_file_is_in_a_folder_its_own_folder_path_ends_with(string path, bool expected)
    {
        Assert.Equal(expected, DataPaths.InFolder(path, "people", null));
    }

    [Theory]
    [InlineData("/repo/data/sources/articles/a.txt", "/repo/data", true)]
    [InlineData("/repo/data/other/sources/articles/a.txt", "/repo/data", false)]
    [InlineData("/elsewhere/sources/articles/a.txt", null, true)]
    [InlineData("/elsewhere/sources/articles/b.txt", null, false)]
    public void An_evidence_file_is_named_by_its_path_from_the_data_directory(string path, string? dataDirectory, bool expected)
    {
        Assert.Equal(expected, DataPaths.IsEvidenceFile(path, "sources/articles/a.txt", dataDirectory));
    }

    [Fact]
    public void A_data_file_is_shown_from_the_data_directory_s_own_name()
    {
        Assert.Equal("data/people/amir-baram.yaml", DataPaths.Display("/repo/data/people/amir-baram.yaml", "/repo/data/"));
    }

    [Theory]
    [InlineData("/elsewhere/people/a.yaml", "/repo/data")]
    [InlineData("/repo/data/people/a.yaml", null)]
    public void A_file_outside_the_data_directory_is_shown_by_its_name_alone(string path, string? dataDirectory)
    {
        Assert.Equal("a.yaml", DataPaths.Display(path, dataDirectory));
    }
}
