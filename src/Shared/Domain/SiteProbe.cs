namespace Monitor.Shared.Domain;

/// <summary>One availability probe of a site's home page (站点无法访问 is judged over a week of these).</summary>
public class SiteProbe
{
    public long Id { get; set; }
    public long SiteId { get; set; }
    public DateTime ProbedAt { get; set; }
    public bool Ok { get; set; }
    /// <summary>HTTP status when an answer came, else null.</summary>
    public int? StatusCode { get; set; }
    public int ElapsedMs { get; set; }
    /// <summary>Why it failed, in Chinese (超时, DNS, TLS, 连接被拒绝, HTTP 503 …).</summary>
    public string? Error { get; set; }
}
