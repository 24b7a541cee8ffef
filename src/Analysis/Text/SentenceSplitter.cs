using Monitor.Analysis.Inspection;

namespace Monitor.Analysis.Text;

/// <summary>
/// Splits normalised text into sentences after 。！？；!?; and at line breaks. Closing quotes and brackets right
/// after the terminator stay with the sentence they close (“……。”), and a run of terminators (？！) ends one sentence.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(sentences, start, i);
                start = ++i;
                continue;
            }
            if (!IsTerminator(c))
            {
                i++;
                continue;
            }
            i++;
            while (i < text.Length && (IsTerminator(text[i]) || IsCloser(text[i])))
            {
                i++;
            }
            Add(sentences, start, i);
            start = i;
        }
        Add(sentences, start, text.Length);
        return sentences;
    }

    private static void Add(List<TextSpan> sentences, int start, int end)
    {
        if (end > start)
        {
            sentences.Add(new TextSpan(start, end - start));
        }
    }

    private static bool IsTerminator(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '…';

    private static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '》' or '"' or '\'' or '】';
}
