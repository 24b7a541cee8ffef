using Monitor.Analysis.Compliance;

namespace Monitor.Analysis.Tests.Compliance;

public class PassRateTests
{
    [Theory]
    [InlineData(55, 1, "98.2%")]   // seed 000 附件1: 省直部门 55 个, 问题 1 个
    [InlineData(307, 1, "99.7%")]  // seed 000 附件1: 总计
    [InlineData(150, 1, "99.3%")]  // seed 000: 抽查政务新媒体150个，不合格1个
    [InlineData(91, 1, "98.9%")]   // seed 000: 政务微信公众号91个，不合格1个
    [InlineData(57, 0, "100%")]
    [InlineData(2, 1, "50.0%")]
    [InlineData(3, 3, "0%")]
    [InlineData(0, 0, "—")]
    [InlineData(8, 1, "87.5%")]
    [InlineData(2000, 1, "100.0%")]  // 99.95 rounds up, but one failure is not a clean 100%
    public void prints_one_decimal_as_the_seed_notices_do(int checkedCount, int failed, string expected) =>
        Assert.Equal(expected, PassRate.Format(checkedCount, failed));
}
