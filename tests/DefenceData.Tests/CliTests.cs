using System.Text.Json;
using DefenceData.Cli;

namespace DefenceData.Tests;

/// <summary>The command-line tool's commands, run in process.</summary>
public sealed class CliTests
{
    [Fact]
    public void Timeline_lists_dated_events_in_order_with_their_sources()
    {
        var output = new StringWriter();
        Assert.Equal(0, TimelineCommand.Run(output));
        var text = output.ToString();
        var meeting = text.IndexOf("[singh-baram-meeting-2025-07-23]", StringComparison.Ordinal);
        var signing = text.IndexOf("[mou-signing-2025-11-04]", StringComparison.Ordinal);
        Assert.InRange(meeting, 0, signing);
        Assert.Contains("sources: ANI, 2025-07-24", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_the_record_as_json()
    {
        var output = new StringWriter();
        Assert.Equal(0, ShowCommand.Run("israel-katz", output, TextWriter.Null));
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal("Israel Katz", json.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Show_of_an_unknown_id_fails_with_a_message()
    {
        var error = new StringWriter();
        Assert.Equal(ExitCodes.NotFound, ShowCommand.Run("nobody", TextWriter.Null, error));
        Assert.Contains("nobody", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_json_has_one_array_per_collection_with_ids_and_partial_dates()
    {
        using var stream = new MemoryStream();
        Assert.Equal(0, ExportCommand.Run("json", stream));
        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal(
            ["sources", "countries", "organisations", "people", "places", "topics", "events", "agreements", "weaponSystems", "statements"],
            root.EnumerateObject().Select(p => p.Name));
        var meeting = root.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "singh-baram-meeting-2025-07-23");
        Assert.Equal("2025-07-23", meeting.GetProperty("date").GetString());
        Assert.Equal("meeting", meeting.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.String, meeting.GetProperty("participantIds")[0].ValueKind);
        Assert.False(meeting.TryGetProperty("participants", out _));
    }
}
