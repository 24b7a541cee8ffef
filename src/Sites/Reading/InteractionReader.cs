namespace Monitor.Sites.Reading;

/// <summary>
/// Reads a 留言/咨询 list: the first date of a row is when it was asked, a second one when it was answered. A row
/// with one date is unanswered when it says so (未回复, 待答复, 办理中) or when the table has a reply-date column
/// that the row leaves empty; otherwise its answer date is unknown and it is not counted.
/// </summary>
public static class InteractionReader
{
    private static readonly string[] OpenWords = ["未回复", "未答复", "待回复", "待答复", "未办结", "办理中", "处理中", "未处理", "待处理", "受理中"];
    private static readonly string[] ReplyHeaders = ["回复时间", "答复时间", "回复日期", "答复日期", "办结时间", "回复状态", "答复状态"];

    public static List<Message> Read(ListPage page)
    {
        var hasReplyColumn = page.HeaderTexts.Any(h => ReplyHeaders.Any(h.Contains));
        var messages = new List<Message>();
        foreach (var item in page.Items)
        {
            var dates = DateReader.FindAll(item.RowText);
            if (dates.Count == 0 && item.Date is { } only)
            {
                dates.Add(only);
            }
            if (dates.Count == 0)
            {
                continue;
            }
            var open = OpenWords.Any(item.RowText.Contains);
            var answered = !open && dates.Count >= 2 ? dates[1] : (DateOnly?)null;
            var unanswered = open || (dates.Count == 1 && hasReplyColumn);
            messages.Add(new Message(item.Title, item.Url, dates[0], answered, unanswered));
        }
        return messages;
    }
}
