namespace Monitor.Sites.Reading;

/// <summary>One 留言/咨询 in an interaction list: when it was asked and, if the list shows it, when it was answered.</summary>
public sealed record Message(string Title, Uri? Url, DateOnly AskedOn, DateOnly? AnsweredOn, bool Unanswered);
