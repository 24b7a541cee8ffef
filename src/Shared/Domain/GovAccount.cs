namespace Monitor.Shared.Domain;

/// <summary>A registered government new-media account (政务新媒体账号).</summary>
public class GovAccount
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public Platform Platform { get; set; }

    /// <summary>标识码 as given in the register (opaque; parsed leniently, never rejected).</summary>
    public string? AccountCode { get; set; }

    /// <summary>主办单位.</summary>
    public string Owner { get; set; } = "";

    /// <summary>GB/T 2260 code of the region (6 digits), when known.</summary>
    public string? RegionCode { get; set; }
    /// <summary>地区/部门 as the notices print it (e.g. 昭通市, 鲁甸县, 省教育厅).</summary>
    public string? RegionName { get; set; }
    public RegionLevel? RegionLevel { get; set; }

    /// <summary>The platform id: WeChat biz or AppID, Weibo uid, Douyin open_id / sec_uid, Toutiao token.</summary>
    public string? Handle { get; set; }
    /// <summary>Feed or file location for <see cref="SourceKind.Feed"/> and <see cref="SourceKind.File"/> accounts.</summary>
    public string? FeedUrl { get; set; }
    public SourceKind SourceKind { get; set; }
    public AccountStatus Status { get; set; }

    /// <summary>发布类 accounts must update every two weeks; 服务类 (service-only) accounts are exempt.</summary>
    public bool IsPublishing { get; set; } = true;

    public DateTime RegisteredAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The queue between register and ingest: the account is due when this is in the past.</summary>
    public DateTime? NextFetchAt { get; set; }

    public FetchStatus? FetchStatus { get; set; }
}
