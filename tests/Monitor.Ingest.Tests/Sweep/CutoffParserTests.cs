using Monitor.Shared;

namespace Monitor.Ingest.Tests.Sweep;

public class CutoffParserTests
{
    private static readonly DateTime Now = new(2026, 11, 15, 18, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("只给日期：北京时间当日零点", "2026-11-16", "2026-11-15T16:00:00Z")]
    [InlineData("不带时区的时间按北京时间", "2026-11-16T08:30:00", "2026-11-16T00:30:00Z")]
    [InlineData("带时区的时间按其时区", "2026-11-16T00:00:00Z", "2026-11-16T00:00:00Z")]
    [InlineData("带+08:00偏移", "2026-11-16T00:00:00+08:00", "2026-11-15T16:00:00Z")]
    [InlineData("不给则为北京时间今天零点（UTC 18:00 已是北京次日 02:00）", null, "2026-11-15T16:00:00Z")]
    public void cutoff_is_read_in_asia_shanghai_unless_an_offset_is_given(string because, string? text, string expectedUtc)
    {
        var expected = DateTime.Parse(expectedUtc, null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.True(expected == CutoffParser.Parse(text, Now), because);
        Assert.Equal(DateTimeKind.Utc, CutoffParser.Parse(text, Now).Kind);
    }

    [Fact]
    public void an_unreadable_cutoff_is_refused_in_chinese()
    {
        var e = Assert.Throws<FormatException>(() => CutoffParser.Parse("下周一", Now));
        Assert.Contains("无法识别的监测时间点", e.Message);
    }
}
