namespace Monitor.Export;

/// <summary>What the draft notice needs beyond the numbers; bound to <c>Monitor:Notice</c>, deadline per export.</summary>
public sealed class NoticeSettings
{
    public const string Section = "Monitor:Notice";

    public string Issuer { get; set; } = "省人民政府办公厅";
    public string Contact { get; set; } = "×××，0871-××××××××";
    /// <summary>Days from the cut-off to the rectification deadline when none is given.</summary>
    public int DeadlineDays { get; set; } = 15;
    public string? TemplatePath { get; set; }
}
