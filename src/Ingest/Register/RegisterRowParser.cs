using Monitor.Shared.Domain;
using Monitor.Shared.Regions;
using Monitor.Shared.Register;

namespace Monitor.Ingest.Register;

/// <summary>Turns one register row into an account, or into the reasons it cannot be one.</summary>
/// <remarks><paramref name="hasCredentials"/> says whether official-API credentials are configured for a handle (see <see cref="AccountHandle.Parse"/>).</remarks>
public sealed class RegisterRowParser(RegionCatalog regions, Func<Platform, string, bool>? hasCredentials = null)
{
    private static readonly string[] ActiveWords = ["运行", "正常", "在运行", "运营", "启用", "正常运行", "在用", "开通"];
    private static readonly string[] ClosedWords = ["关停", "注销", "停用", "关闭", "已关停", "已注销", "暂停", "停运", "已关闭"];

    public GovAccount? Parse(RegisterRow row, List<ImportProblem> problems)
    {
        var errorsBefore = problems.Count(p => p.IsError);
        void Error(string m) => problems.Add(new ImportProblem(row.RowNumber, true, m));
        void Warn(string m) => problems.Add(new ImportProblem(row.RowNumber, false, m));

        var name = row.Get(RegisterColumn.Name);
        if (name.Length == 0)
        {
            Error("账号名称为空");
        }

        var codeText = row.Get(RegisterColumn.Code);
        var code = codeText.Length > 0 ? AccountCode.Parse(codeText) : null;
        if (code is { IsWellFormed: false })
        {
            Warn($"标识码“{codeText}”格式无法识别，已按原样保存");
        }
        else if (code is { Platform: null })
        {
            Warn($"标识码“{codeText}”中的平台代码 {code.PlatformCode} 未知");
        }

        var platformText = row.Get(RegisterColumn.Platform);
        var platform = PlatformNames.Parse(platformText);
        if (platform is null && platformText.Length > 0)
        {
            Error($"平台“{platformText}”无法识别（应为微信公众号、微博、抖音或今日头条）");
        }
        else if (platform is null)
        {
            platform = code?.Platform;
            if (platform is null)
            {
                Error("平台为空，且无法从标识码判断");
            }
        }
        else if (code?.Platform is { } fromCode && fromCode != platform)
        {
            Warn($"平台“{platformText}”与标识码中的平台代码 {code.PlatformCode} 不一致，以平台列为准");
        }

        var statusText = row.Get(RegisterColumn.Status);
        var status = AccountStatus.Active;
        if (ClosedWords.Contains(statusText))
        {
            status = AccountStatus.Closed;
        }
        else if (statusText.Length > 0 && !ActiveWords.Contains(statusText))
        {
            Error($"状态“{statusText}”无法识别（应为运行或关停）");
        }

        var kindText = row.Get(RegisterColumn.SourceKind);
        var declaredKind = SourceKindNames.Parse(kindText);
        if (declaredKind is null && kindText.Length > 0)
        {
            Error($"接入方式“{kindText}”无法识别（应为官方接口、网页、订阅源或文件）");
        }

        if (problems.Count(p => p.IsError) > errorsBefore)
        {
            return null;
        }

        var handle = AccountHandle.Parse(row.Get(RegisterColumn.Handle), platform!.Value, declaredKind, hasCredentials);
        if (handle.Handle is null && handle.FeedUrl is null)
        {
            Warn("缺少账号ID/链接，无法自动采集");
        }

        var regionText = row.Get(RegisterColumn.Region);
        var region = ResolveRegion(regionText, code, Warn);
        return new GovAccount
        {
            Name = name,
            Platform = platform.Value,
            AccountCode = code?.Raw,
            Owner = row.Get(RegisterColumn.Owner),
            RegionCode = region?.Code,
            RegionName = regionText.Length > 0 ? regionText : region?.Name,
            RegionLevel = region?.Level,
            Handle = handle.Handle,
            FeedUrl = handle.FeedUrl,
            SourceKind = handle.SourceKind,
            Status = status,
        };
    }

    private Region? ResolveRegion(string regionText, AccountCode? code, Action<string> warn)
    {
        var fromCode = regions.Find(code?.RegionCode);
        if (code?.RegionCode is { } rc && fromCode is null)
        {
            warn($"标识码中的行政区划代码 {rc} 不在 GB/T 2260 代码表中");
        }
        var fromText = regions.FindByText(regionText, code?.RegionCode);
        if (fromText is null || fromCode is null)
        {
            return fromCode ?? fromText;
        }
        if (regions.IsWithin(fromCode, fromText.Code))
        {
            return fromCode; // 昭通市 + 530621…: the code is more specific
        }
        if (regions.IsWithin(fromText, fromCode.Code))
        {
            return fromText;
        }
        warn($"地区“{regionText}”与标识码中的行政区划 {fromCode.Name}（{fromCode.Code}）不一致，以地区列为准");
        return fromText;
    }
}
