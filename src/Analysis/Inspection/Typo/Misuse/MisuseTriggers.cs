namespace Monitor.Analysis.Inspection.Typo.Misuse;

/// <summary>
/// Whether a sentence may hold a misuse, from string checks alone: 的 between an adverb of the rules and a verb, 的
/// before a degree word, 地 after a pronoun, or the wrong form of a pair with its context (<see cref="MisusePair.MayMatch"/>).
/// Most sentences have none, so most are never segmented.
/// </summary>
internal static class MisuseTriggers
{
    public static bool Any(ReadOnlySpan<char> s, MisuseTable table)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var may = c is '的' or '地'
                ? MayBeDe(s, i, table)
                : ((i + 1 < s.Length && table.PairGate.MayContain(c, s[i + 1])) || table.IsSingleCharPair(c)) && MayBePair(s, i, table);
            if (may)
            {
                return true;
            }
        }
        return false;
    }

    private static bool MayBePair(ReadOnlySpan<char> s, int i, MisuseTable table)
    {
        if (!table.Pairs.TryGetValue(s[i], out var pairs))
        {
            return false;
        }
        foreach (var pair in pairs)
        {
            if (pair.MayMatch(s, i))
            {
                return true;
            }
        }
        return false;
    }

    private static bool MayBeDe(ReadOnlySpan<char> s, int i, MisuseTable table)
    {
        if (i == 0 || i + 1 == s.Length)
        {
            return false;
        }
        ReadOnlySpan<char> before = s[..i], after = s[(i + 1)..];
        return s[i] == '的'
            ? (i >= 2 && table.AdverbEnds.MayContain(s[i - 2], s[i - 1]) && EndsWithAny(before, table.Adverbs) && StartsWithVerb(after, table))
                || (table.DegreeStarts.Contains(after[0]) && table.Degrees.StartsOf(after))
            : table.PronounEnds.Contains(s[i - 1]) && EndsWithAny(before, table.Pronouns);
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

    private static bool StartsWithVerb(ReadOnlySpan<char> s, MisuseTable table)
    {
        for (var length = Math.Min(4, s.Length); length >= 1; length--)
        {
            if (table.Tag(s[..length]) == "v" || table.Predicates.Contains(s[..length]))
            {
                return true;
            }
        }
        return false;
    }
}
