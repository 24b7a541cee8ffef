namespace Monitor.Sites;

/// <summary>How often a column must be updated (2019 website indicators, 栏目不更新): 动态/要闻 two weeks, 通知公告/政策文件 six months.</summary>
public enum ColumnClass
{
    Other,
    Dynamic,
    Notice,
    /// <summary>留言/咨询: judged by answer times (互动回应差), not by updates.</summary>
    Interaction,
}
