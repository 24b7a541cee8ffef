using Monitor.Sites.Reading;

namespace Monitor.Sites.Tests;

public class DateReaderTests
{
    private static readonly DateOnly NewYear = new(2027, 1, 10);

    [Theory]
    [InlineData("2026-12-01", 2026, 12, 1)]
    [InlineData("2026/12/01", 2026, 12, 1)]
    [InlineData("2026.12.1", 2026, 12, 1)]
    [InlineData("2026年12月1日", 2026, 12, 1)]
    [InlineData("发布时间：2026-06-30 10:20:00", 2026, 6, 30)]
    [InlineData("[01-08]", 2027, 1, 8)]
    [InlineData("[12-28]", 2026, 12, 28)]
    [InlineData("(12-28)", 2026, 12, 28)]
    [InlineData("12-28", 2026, 12, 28)]
    [InlineData("12月28日", 2026, 12, 28)]
    public void reads_the_common_list_date_layouts_with_the_year_from_the_cutoff(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), DateReader.Find(text, NewYear));

    [Fact]
    public void a_short_date_a_little_after_the_cutoff_keeps_the_cutoffs_year() =>
        Assert.Equal(new DateOnly(2027, 1, 11), DateReader.Find("[01-11]", NewYear));

    [Theory]
    [InlineData("关于做好2027年春节工作的通知")]
    [InlineData("电话 0870-12345678")]
    [InlineData("")]
    public void text_without_a_date_has_none(string text) => Assert.Null(DateReader.Find(text, NewYear));
}
