namespace Monitor.Analysis.Segmentation;

/// <summary>
/// Cuts Chinese text into words, exactly as jieba's precise mode with HMM does
/// (<c>jieba.cut(text)</c> of jieba 0.42.1 over its default dictionary plus the user dictionary).
/// The tokens of a text, concatenated, are the text itself; whitespace runs come out as tokens too.
/// Implementations are thread-safe.
/// </summary>
public interface ISegmenter
{
    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    IReadOnlyList<string> Cut(string text);

    /// <summary>
    /// Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/> as spans over the text
    /// (UTF-16 offsets), without allocating once the list has grown: reuse the list across calls.
    /// </summary>
    void Cut(ReadOnlySpan<char> text, List<TokenSpan> tokens);

    /// <summary>
    /// Adds a word at run time (jieba's <c>add_word</c>). Without <paramref name="frequency"/> the word gets jieba's
    /// suggested frequency, just high enough for the word to be cut out whole; a frequency of 0 deletes the word.
    /// </summary>
    void AddWord(string word, long? frequency = null);
}
