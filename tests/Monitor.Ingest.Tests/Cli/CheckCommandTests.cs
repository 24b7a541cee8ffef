using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Inspection;
using Monitor.Cli;
using Monitor.Ingest.Hosting;

namespace Monitor.Ingest.Tests.Cli;

public class CheckCommandTests
{
    [Fact]
    public async Task writes_one_json_line_per_input_line_with_spans_in_utf16_units_of_the_input()
    {
        var input = "😀联系电话１３８１２３４５６７８\n\n国务院总理李克强出席会议。\n2018年，李克强总理主持会议。\n";
        var lines = await CheckAsync(input, new DateOnly(2024, 5, 1));

        Assert.Equal(4, lines.Count);
        var mobile = Assert.Single(lines[0].GetProperty("findings").EnumerateArray());
        Assert.Equal("pii.mobile", mobile.GetProperty("ruleId").GetString());
        Assert.Equal("mobile", mobile.GetProperty("kind").GetString());
        Assert.Equal(6, mobile.GetProperty("start").GetInt32());
        Assert.Equal(11, mobile.GetProperty("length").GetInt32());
        Assert.Equal("１３８１２３４５６７８", mobile.GetProperty("text").GetString());
        Assert.Equal("138****5678", mobile.GetProperty("suggestion").GetString());
        Assert.Equal("veto", mobile.GetProperty("severity").GetString());
        Assert.False(string.IsNullOrEmpty(mobile.GetProperty("message").GetString()));

        Assert.Empty(lines[1].GetProperty("findings").EnumerateArray());
        var title = Assert.Single(lines[2].GetProperty("findings").EnumerateArray());
        Assert.Equal(("misstatement.leader-title", 0, 8), (title.GetProperty("ruleId").GetString(), title.GetProperty("start").GetInt32(), title.GetProperty("length").GetInt32()));
        Assert.Empty(lines[3].GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public async Task judges_titles_at_the_given_date()
    {
        var lines = await CheckAsync("国务院总理李克强出席会议。", new DateOnly(2020, 5, 1));
        Assert.Empty(Assert.Single(lines).GetProperty("findings").EnumerateArray());
    }

    private static async Task<List<JsonElement>> CheckAsync(string input, DateOnly date)
    {
        using var host = MonitorHost.Build();
        var checker = host.Services.GetRequiredService<LineChecker>();
        using var output = new MemoryStream();
        await CheckCommand.RunAsync(checker, new StringReader(input), output, date, CancellationToken.None);
        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.EndsWith("\n", text);
        return text.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }
}
