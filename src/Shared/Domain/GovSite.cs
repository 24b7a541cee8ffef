namespace Monitor.Shared.Domain;

/// <summary>A registered government website (政府网站), as the 全国政府网站信息报送系统 lists it.</summary>
public class GovSite
{
    public long Id { get; set; }

    /// <summary>网站名称.</summary>
    public required string Name { get; set; }

    /// <summary>网站标识码 as given in the register (10 characters when well formed; kept as given otherwise).</summary>
    public string? SiteCode { get; set; }

    /// <summary>主办单位.</summary>
    public string Owner { get; set; } = "";

    public string? RegionCode { get; set; }
    /// <summary>地区/部门 as the notices print it.</summary>
    public string? RegionName { get; set; }
    public RegionLevel? RegionLevel { get; set; }

    /// <summary>首页地址: the page the probes open and the sweep starts from.</summary>
    public required string HomeUrl { get; set; }

    public AccountStatus Status { get; set; }
    public DateTime RegisteredAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
