using System.Text.Json;
using System.Text.RegularExpressions;

namespace Monitor.Sources.Weibo;

/// <summary>The m.weibo.cn <c>/detail/{id}</c> page: <c>var $render_data = [{status:{…}}][0]</c> holds the full status.</summary>
internal static partial class WeiboDetailPage
{
    public static string? LongText(string html)
    {
        var m = RenderData().Match(html);
        if (!m.Success)
        {
            return null;
        }
        try
        {
            var data = JsonSerializer.Deserialize<List<WeiboRenderData>>(m.Groups[1].Value, SourceJson.Options);
            var status = data?.FirstOrDefault()?.Status;
            return status?.LongText?.LongTextContent is { Length: > 0 } full ? full : status?.Text is { Length: > 0 } text ? text : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"var \$render_data\s*=\s*(\[.*?\])\s*\[0\]", RegexOptions.Singleline)]
    private static partial Regex RenderData();
}
