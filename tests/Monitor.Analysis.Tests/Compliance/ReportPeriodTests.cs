using Monitor.Analysis.Compliance;

namespace Monitor.Analysis.Tests.Compliance;

public class ReportPeriodTests
{
    [Theory]
    [InlineData("2026Q3", "2026-07-01", "2026-09-30", "2026年三季度", "2026-04-01", "2026-06-30")]
    [InlineData("2026q1", "2026-01-01", "2026-03-31", "2026年一季度", "2025-10-01", "2025-12-31")]
    [InlineData("2026-10", "2026-10-01", "2026-10-31", "2026年10月", "2026-09-01", "2026-09-30")]
    [InlineData("2026-03", "2026-03-01", "2026-03-31", "2026年3月", "2026-02-01", "2026-02-28")]
    [InlineData("2026-10-01..2026-10-31", "2026-10-01", "2026-10-31", "2026年10月1日至10月31日", "2026-08-31", "2026-09-30")]
    public void parses_quarters_months_and_windows_with_their_previous_period(string text, string start, string end, string title, string previousStart, string previousEnd)
    {
        var period = ReportPeriod.Parse(text);

        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end), title), (period.Start, period.End, period.Title));
        Assert.Equal((DateOnly.Parse(previousStart), DateOnly.Parse(previousEnd)), (period.Previous().Start, period.Previous().End));
        Assert.Equal(period, ReportPeriod.Parse(period.Code));
    }

    [Fact]
    public void the_period_runs_from_midnight_to_midnight_in_beijing()
    {
        var period = ReportPeriod.Parse("2026-10");

        Assert.Equal((new DateTime(2026, 9, 30, 16, 0, 0, DateTimeKind.Utc), new DateTime(2026, 10, 31, 16, 0, 0, DateTimeKind.Utc)), (period.StartUtc, period.EndUtc));
    }

    [Theory]
    [InlineData("2026Q5", "无法识别的时间段：2026Q5")]
    [InlineData("2026-13", "无法识别的时间段：2026-13")]
    [InlineData("十月", "无法识别的时间段：十月")]
    [InlineData("2026-10-31..2026-10-01", "时间段的结束日期早于开始日期")]
    [InlineData("9999Q4", "统计时段超出范围：9999Q4")]
    [InlineData("0000Q1", "统计时段超出范围：0000Q1")]
    [InlineData("1999-12", "统计时段超出范围：1999-12")]
    [InlineData("2026-12-01..9999-12-31", "统计时段超出范围")]
    public void refuses_what_it_cannot_read_in_chinese(string text, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => ReportPeriod.Parse(text)).Message);
}
