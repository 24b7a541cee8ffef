namespace Monitor.TestSupport;

/// <summary>A register of <c>good + bad</c> rows in the 报送系统 layout; the bad rows are known by row number.</summary>
public static class TestRegister
{
    public static readonly string[] Header = ["序号", "地区/部门", "主办单位", "账号名称", "平台", "标识码", "账号ID/链接", "状态", "备注"];

    private static readonly (string Region, string Code)[] Regions =
        [("昭通市", "530600"), ("鲁甸县", "530621"), ("盐津县", "530623"), ("曲靖市", "530300"), ("会泽县", "530326")];

    private static readonly (string Name, string Code, string Link)[] Platforms =
    [
        ("微信公众号", "WX", "MzA{0:D7}Mg=="),
        ("新浪微博", "XL", "https://weibo.com/u/60{0:D8}"),
        ("抖音", "DY", "https://www.douyin.com/user/MS4wLjABAAAA{0:D6}"),
        ("今日头条", "TT", "https://www.toutiao.com/c/user/token/MS4wLjABAAAAtt{0:D6}/"),
    ];

    /// <summary>Rows; the rows whose (1-based, header = 1) spreadsheet row numbers are in <paramref name="badRows"/> are broken.</summary>
    public static List<string[]> Build(int count, out int[] badRows)
    {
        var rows = new List<string[]> { Header };
        badRows = [12, 30, 47];
        for (var i = 1; i <= count; i++)
        {
            var region = Regions[i % Regions.Length];
            var platform = Platforms[i % Platforms.Length];
            var rowNumber = i + 1;
            string[] row =
            [
                i.ToString(), region.Region, $"{region.Region}人民政府办公室",
                $"{region.Region}发布{i}", platform.Name, $"{region.Code}M008{platform.Code}{i:D4}",
                string.Format(platform.Link, i), "运行", "",
            ];
            if (rowNumber == badRows[0])
            {
                row[3] = ""; // no name
            }
            else if (rowNumber == badRows[1])
            {
                row[4] = "快手号"; // a platform Monitor does not watch
            }
            else if (rowNumber == badRows[2])
            {
                row[7] = "待定"; // a status nobody can read
            }
            rows.Add(row);
        }
        return rows;
    }
}
