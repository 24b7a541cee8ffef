using Monitor.Analysis.Compliance;
using Monitor.Shared.Domain;

namespace Monitor.Export;

/// <summary>The generated text of the notice: its title, 一、总体情况 and 二、存在的主要问题, from the report's numbers.</summary>
public static class NoticeBody
{
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    private static readonly Dictionary<string, string> Descriptions = new()
    {
        [ProblemLabels.NotUpdated] = "监测时间点前2周内无更新",
        [ProblemLabels.LowOriginality] = "监测时间点前2周内无原创信息",
        ["严重表述错误"] = "发布信息出现严重表述错误",
        ["个人信息泄露"] = "发布信息泄露公民个人信息",
    };

    public static string Title(ComplianceReport r, string issuer) =>
        $"{issuer}关于{(r.Scope.Prefix is null ? "" : r.ScopeName)}{r.Period.Title}政府系统政务新媒体检查情况的通报";

    public static string ScopePhrase(ComplianceReport r) => r.Scope.Prefix is null ? "全省" : r.ScopeName;

    public static IReadOnlyList<string> Overall(ComplianceReport r)
    {
        var t = r.Total;
        var platforms = r.Platforms.Where(p => !p.IsTotal && p.Checked > 0).Select(p =>
            $"政务{(p.Name == "微信" ? "微信公众号" : p.Name == "头条" ? "今日头条号" : p.Name == "抖音" ? "抖音号" : p.Name)}{p.Checked}个，" +
            (p.Failed > 0 ? $"发现不合格{p.Failed}个，" : "") + $"合格率{p.Rate}");
        var paragraphs = new List<string>
        {
            $"{r.Period.Title}（监测时间点：{Monitor.Shared.ChinaTime.ToChina(r.CutoffUtc):yyyy年M月d日}），{ScopePhrase(r)}在运行的政府系统政务新媒体共{t.Running}个，" +
            $"实际检查{t.Checked}个，发现不合格{t.Failed}个" + (t.Failed > 0 ? "（因出现单项否决指标有关情形判定为不合格）" : "") +
            $"，总体合格率{t.Rate}。" + (platforms.Any() ? $"其中，{string.Join("；", platforms)}。" : ""),
        };
        if (r.Pending.Count > 0)
        {
            paragraphs.Add($"另有{r.Pending.Count}个政务新媒体因数据抓取失败或数据源覆盖不完整未能判定，列为待核实，不计入不合格。");
        }
        if (r.PreviousCutoffUtc is not null)
        {
            var previous = r.Rectifications.Count(x => !x.CurrentStatus.StartsWith("检出项", StringComparison.Ordinal));
            var done = r.Rectifications.Count(x => x.CurrentStatus.StartsWith("已整改", StringComparison.Ordinal));
            // Every account of the previous list is accounted for: the parts add up to the whole the sentence names.
            var pending = r.Rectifications.Count(x => x.CurrentStatus == "待核实");
            var notChecked = r.Rectifications.Count(x => x.CurrentStatus == "本期未检查");
            var gone = previous - done - r.RepeatOffenders.Count - pending - notChecked;
            paragraphs.Add(previous == 0
                ? "上期检查未发现不合格政务新媒体。"
                : $"上期检查不合格的{previous}个政务新媒体中，{done}个已整改，{r.RepeatOffenders.Count}个本期仍不合格"
                  + (pending > 0 ? $"，{pending}个待核实" : "") + (notChecked > 0 ? $"，{notChecked}个本期未检查" : "")
                  + (gone > 0 ? $"，{gone}个已不在本期检查范围" : "") + "。");
        }
        return paragraphs;
    }

    public static IReadOnlyList<string> Problems(ComplianceReport r)
    {
        if (r.NonCompliant.Count == 0)
        {
            return ["本期检查未发现不合格政务新媒体。"];
        }
        var byProblem = r.NonCompliant
            .SelectMany(row => row.Problems.Split('、').Select(p => (Problem: p, Row: row)))
            .GroupBy(x => x.Problem).OrderBy(g => ProblemLabels.Rank(g.Key)).ToList();
        return byProblem.Select((g, i) =>
            $"（{Ordinals[Math.Min(i, Ordinals.Length - 1)]}）{g.Key}。{Descriptions.GetValueOrDefault(g.Key, g.Key)}的政务新媒体{g.Count()}个：" +
            string.Join("、", g.Select(x => $"{x.Row.Region}“{x.Row.Name}”{Short(x.Row.Platform)}")) + "。").ToList();
    }

    private static string Short(string platform) => PlatformNames.Parse(platform) switch
    {
        Platform.WeChat => "微信公众号",
        Platform.Weibo => "微博",
        Platform.Douyin => "抖音号",
        Platform.Toutiao => "今日头条号",
        _ => platform,
    };
}
