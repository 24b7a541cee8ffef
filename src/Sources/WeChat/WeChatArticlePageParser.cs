using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Monitor.Shared;
using Monitor.Shared.Domain;

namespace Monitor.Sources.WeChat;

/// <summary>
/// Reads an article page (connectors.md §1.2 A): <c>var ct</c>, <c>#js_content</c>, <c>#copyright_logo</c> 原创,
/// <c>#js_share_content</c>. Pages without a body are matched against the platform's state texts: deleted and removed
/// articles are states, blocked/closed/migrated accounts and rate limits are typed failures.
/// </summary>
internal static partial class WeChatArticlePageParser
{
    private const string Source = "微信公众号（文章页）";
    private static readonly HtmlParser Parser = new();
    private static readonly string[] DeletedTexts = ["该内容已被发布者删除", "此内容因违规无法查看", "此内容发送失败无法查看"];

    public static WeChatArticlePage Parse(string html)
    {
        var doc = Parser.ParseDocument(html);
        var body = doc.QuerySelector("#js_content") ?? doc.QuerySelector("#js_share_content");
        if (body is null)
        {
            var text = doc.Body?.TextContent ?? "";
            if (text.Contains("访问过于频繁") || text.Contains("环境异常") || html.Contains("wappoc_appmsgcaptcha"))
            {
                throw new FetchException(FetchErrorKind.AntiCrawl, $"{Source}：访问过于频繁或需要验证（疑似反爬虫拦截）");
            }
            if (text.Contains("此帐号已被屏蔽") || text.Contains("此帐号已自主注销"))
            {
                throw new FetchException(FetchErrorKind.AccountBlocked, $"{Source}：{(text.Contains("屏蔽") ? "此帐号已被屏蔽" : "此帐号已自主注销")}");
            }
            if (text.Contains("该公众号已迁移"))
            {
                throw new FetchException(FetchErrorKind.NotFound, $"{Source}：该公众号已迁移，请在登记表中更新为新账号");
            }
            if (DeletedTexts.Any(text.Contains))
            {
                return new WeChatArticlePage(WeChatPageState.Deleted, null, null, false, false, null, null);
            }
            if (text.Contains("链接已过期"))
            {
                return new WeChatArticlePage(WeChatPageState.Expired, null, null, false, false, null, null);
            }
            throw FetchErrors.Malformed(Source, "页面既没有正文也没有已知的状态提示");
        }
        var ct = Ct().Match(html);
        return new WeChatArticlePage(
            WeChatPageState.Ok,
            doc.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? Var("msg_title", html),
            ct.Success ? ChinaTime.FromUnixSeconds(long.Parse(ct.Groups[1].Value)) : null,
            doc.QuerySelector("#copyright_logo")?.TextContent.Contains("原创") == true,
            doc.QuerySelector("#js_share_content") is not null,
            body.InnerHtml,
            Var("transfer_target_link", html));
    }

    private static string? Var(string name, string html) =>
        Regex.Match(html, $@"var {name}\s*=\s*[""']([^""']*)[""']") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"var ct\s*=\s*""(\d+)""")]
    private static partial Regex Ct();
}
