using Monitor.Analysis.Compliance;

namespace Monitor.Analysis.Tests.Compliance;

public class ComplianceScopeTests
{
    [Theory]
    [InlineData("53", "530621", true)]
    [InlineData("530000", "530621", true)]
    [InlineData("5306", "530621", true)]
    [InlineData("530600", "530302", false)]
    [InlineData("530621", "530621", true)]
    [InlineData("", "110101", true)]
    [InlineData("5306", null, false)]
    public void a_code_prefix_selects_a_province_city_or_county(string scope, string? region, bool expected) =>
        Assert.Equal(expected, ComplianceScope.Parse(scope).Contains(region));

    [Theory]
    [InlineData("昭通")]
    [InlineData("5")]
    [InlineData("53060")]
    public void refuses_anything_but_a_region_code_prefix(string scope) =>
        Assert.Contains("无法识别的范围", Assert.Throws<FormatException>(() => ComplianceScope.Parse(scope)).Message);
}
