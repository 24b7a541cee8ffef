namespace Monitor.Sites.Status;

/// <summary>The 留言/咨询 list read for 互动回应差: messages in the year before the cut-off and those left over 3 months.</summary>
public sealed class InteractionReport
{
    public string Column { get; set; } = "";
    public string Url { get; set; } = "";
    public int Messages { get; set; }
    public List<OverdueMessage> Overdue { get; set; } = [];
}
