namespace Monitor.Analysis.Inspection.Typo.Misuse;

/// <summary>
/// Whether a sentence may hold a misuse, from string checks alone: 的 after an adverb of the rules or before a degree
/// word, 地 after a pronoun, or the wrong form of a pair. Most sentences have none, so most are never segmented.
/// </summary>
internal static class MisuseTriggers
{
    public static bool Any(ReadOnlySpan<char> s, MisuseTable table)
    {
        for (var i = s.IndexOfAny(table.PairStarts); i >= 0; i = Next(s, i, table))
        {
            foreach (var pair in table.Pairs[s[i]])
            {
                if (s[i..].StartsWith(pair.Wrong, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        for (var i = s.IndexOfAny('的', '地'); i >= 0; i = NextDe(s, i))
        {
            var triggered = s[i] == '的'
                ? EndsWithAny(s[..i], table.PureAdverbs) || EndsWithAny(s[..i], table.AdjectiveAdverbs) || StartsWithAny(s[(i + 1)..], table.Degrees)
                : EndsWithAny(s[..i], table.Pronouns);
            if (triggered)
            {
                return true;
            }
        }
        return false;
    }

    private static int Next(ReadOnlySpan<char> s, int i, MisuseTable table)
    {
        var next = s[(i + 1)..].IndexOfAny(table.PairStarts);
        return next < 0 ? -1 : i + 1 + next;
    }

    private static int NextDe(ReadOnlySpan<char> s, int i)
    {
        var next = s[(i + 1)..].IndexOfAny('的', '地');
        return next < 0 ? -1 : i + 1 + next;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> s, WordSet words)
    {
        for (var length = Math.Min(words.MaxLength, s.Length); length >= 1; length--)
        {
            if (words.Contains(s[^length..]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> s, WordSet words)
    {
        for (var length = Math.Min(words.MaxLength, s.Length); length >= 1; length--)
        {
            if (words.Contains(s[..length]))
            {
                return true;
            }
        }
        return false;
    }
}
