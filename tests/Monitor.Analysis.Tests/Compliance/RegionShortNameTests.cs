using Monitor.Analysis.Compliance;

namespace Monitor.Analysis.Tests.Compliance;

public class RegionShortNameTests
{
    [Theory]
    [InlineData("红河哈尼族彝族自治州", "红河州")]
    [InlineData("西双版纳傣族自治州", "西双版纳州")]
    [InlineData("德宏傣族景颇族自治州", "德宏州")]
    [InlineData("怒江傈僳族自治州", "怒江州")]
    [InlineData("宁蒗彝族自治县", "宁蒗县")]
    [InlineData("昭通市", "昭通市")]
    [InlineData("鲁甸县", "鲁甸县")]
    public void prints_autonomous_divisions_the_way_notices_do(string name, string expected) =>
        Assert.Equal(expected, RegionShortName.Of(name));
}
