using System.Collections.Frozen;

namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// A set of words that are never "corrected", looked up by the words of a text that cover a position
/// (protected names and terms, allowed words). Immutable; <see cref="AllowList"/> swaps a new one in on change.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _words = words.Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxLength = _words.Count == 0 ? 0 : _words.Max(w => w.Length);
    }

    public int Count => _words.Count;
    public int MaxLength { get; }
    public IEnumerable<string> Words => _words;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>Whether <paramref name="text"/> begins with a word of this set.</summary>
    public bool StartsOf(ReadOnlySpan<char> text)
    {
        for (var length = Math.Min(MaxLength, text.Length); length >= 1; length--)
        {
            if (_lookup.Contains(text[..length]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a word of this set occurs in <paramref name="text"/> covering the char at <paramref name="at"/>.</summary>
    public bool Covers(ReadOnlySpan<char> text, int at)
    {
        for (var length = Math.Min(MaxLength, text.Length); length >= 1; length--)
        {
            var first = Math.Max(0, at - length + 1);
            var last = Math.Min(at, text.Length - length);
            for (var start = first; start <= last; start++)
            {
                if (_lookup.Contains(text.Slice(start, length)))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
