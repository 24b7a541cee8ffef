namespace Monitor.Sites.Register;

/// <summary>The columns of a 全国政府网站信息报送系统 export that Monitor reads.</summary>
public enum SiteRegisterColumn
{
    Number,
    Region,
    Owner,
    Name,
    Code,
    HomeUrl,
    Status,
}
