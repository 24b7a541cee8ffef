namespace Monitor.Tools.Evaluation;

/// <summary>A gold or predicted span in UTF-16 units of one line, with the rule's kind (<c>id-card</c>, <c>leader-title</c>).</summary>
public readonly record struct LabelledSpan(int Start, int Length, string Kind);
