using Monitor.Ingest.Register;
using Monitor.Shared.Domain;
using Monitor.Shared.Regions;

namespace Monitor.Sites.Register;

/// <summary>Turns one register row into a site, or into the reasons it cannot be one.</summary>
public sealed class SiteRowParser(RegionCatalog regions)
{
    private static readonly string[] ActiveWords = ["运行", "正常", "在运行", "运营", "启用", "正常运行", "在用", "开通", "正常访问"];
    private static readonly string[] ClosedWords = ["关停", "注销", "停用", "关闭", "已关停", "已注销", "暂停", "停运", "已关闭", "下线", "已下线", "整合", "已整合", "迁移"];

    public GovSite? Parse(SiteRow row, List<ImportProblem> problems)
    {
        var errorsBefore = problems.Count(p => p.IsError);
        void Error(string m) => problems.Add(new ImportProblem(row.RowNumber, true, m));
        void Warn(string m) => problems.Add(new ImportProblem(row.RowNumber, false, m));

        var name = row.Get(SiteRegisterColumn.Name);
        if (name.Length == 0)
        {
            Error("网站名称为空");
        }

        var codeText = row.Get(SiteRegisterColumn.Code);
        var code = codeText.Length > 0 ? SiteCode.Parse(codeText) : null;
        if (code is { IsWellFormed: false })
        {
            Warn($"网站标识码“{codeText}”格式无法识别（应为 10 位，如 4300000077），已按原样保存");
        }

        var url = NormaliseUrl(row.Get(SiteRegisterColumn.HomeUrl));
        if (row.Get(SiteRegisterColumn.HomeUrl).Length == 0)
        {
            Error("首页地址为空");
        }
        else if (url is null)
        {
            Error($"首页地址“{row.Get(SiteRegisterColumn.HomeUrl)}”不是有效的网址");
        }

        var statusText = row.Get(SiteRegisterColumn.Status);
        var status = AccountStatus.Active;
        if (ClosedWords.Contains(statusText))
        {
            status = AccountStatus.Closed;
        }
        else if (statusText.Length > 0 && !ActiveWords.Contains(statusText))
        {
            Error($"状态“{statusText}”无法识别（应为运行或关停）");
        }

        if (problems.Count(p => p.IsError) > errorsBefore)
        {
            return null;
        }

        var regionText = row.Get(SiteRegisterColumn.Region);
        var fromCode = regions.Find(code?.RegionCode);
        if (code?.RegionCode is { } rc && fromCode is null)
        {
            Warn($"网站标识码中的行政区划代码 {rc} 不在 GB/T 2260 代码表中");
        }
        var region = regions.FindByText(regionText, code?.RegionCode) ?? fromCode;
        return new GovSite
        {
            Name = name,
            SiteCode = code?.Raw,
            Owner = row.Get(SiteRegisterColumn.Owner),
            RegionCode = region?.Code,
            RegionName = regionText.Length > 0 ? regionText : region?.Name,
            RegionLevel = region?.Level,
            HomeUrl = url!,
            Status = status,
        };
    }

    /// <summary>Registers often give a bare domain (www.gov.cn); the probes need a full http(s) address.</summary>
    public static string? NormaliseUrl(string text)
    {
        var s = text.Trim();
        if (s.Length == 0)
        {
            return null;
        }
        if (!s.Contains("://", StringComparison.Ordinal))
        {
            s = "http://" + s;
        }
        return Uri.TryCreate(s, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
            ? uri.ToString()
            : null;
    }
}
