using Monitor.Analysis.Segmentation;

namespace Monitor.Analysis.Inspection.Typo.Misuse;

/// <summary>The jieba tokens of one sentence, read by index; out of range is the empty token.</summary>
internal readonly ref struct Tokens(ReadOnlySpan<char> text, List<TokenSpan> spans)
{
    public ReadOnlySpan<char> Text { get; } = text;
    public int Count => spans.Count;

    public TokenSpan Span(int i) => spans[i];

    public ReadOnlySpan<char> this[int i] => i >= 0 && i < spans.Count ? Text.Slice(spans[i].Start, spans[i].Length) : [];

    public bool Is(int i, char c) => this[i] is [var only] && only == c;

    /// <summary>Punctuation, a space, or the end of the sentence: where a phrase stops.</summary>
    public bool IsBreak(int i) => this[i] is not [var c, ..] || !(JiebaCharClasses.IsBlock(c) || char.IsLetter(c));
}
