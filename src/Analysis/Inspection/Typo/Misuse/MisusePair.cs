namespace Monitor.Analysis.Inspection.Typo.Misuse;

/// <summary>
/// A word-level misuse (帐户 → 账户), with the context it needs when the wrong form is also right elsewhere: the token
/// after (<see cref="Next"/>), not the token before (<see cref="NotPrevious"/>), strings later in the sentence
/// (<see cref="Later"/>, <see cref="Unless"/>), a token later in the same clause (<see cref="Clause"/>). A
/// <see cref="Loose"/> pair is wrong wherever its string is (工作台帐 is 工作台/帐 to jieba), unless one of
/// <see cref="NotNext"/> follows it (旧帐篷).
/// </summary>
internal sealed record MisusePair(
    string Wrong, string Right, WordSet? Next, WordSet? NotPrevious, string[] Later, string[] Unless, WordSet? Clause, bool Loose, string[] NotNext)
{
    /// <summary>
    /// Whether the pair may match at <paramref name="at"/>, from string checks alone (no tokens): the wrong form is there,
    /// a word of <see cref="Next"/> follows it, a word of <see cref="Later"/> or <see cref="Clause"/> comes later.
    /// </summary>
    public bool MayMatch(ReadOnlySpan<char> s, int at)
    {
        if (!s[at..].StartsWith(Wrong, StringComparison.Ordinal))
        {
            return false;
        }
        var rest = s[(at + Wrong.Length)..];
        return (!Loose || !StartsWithAny(rest, NotNext))
            && (Next is null || Next.StartsOf(rest))
            && (Later.Length == 0 || ContainsAny(rest, Later))
            && (Clause is null || ContainsAny(rest, Clause.Words));
    }

    public static bool StartsWithAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var word in words)
        {
            if (s.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    public static bool ContainsAny(ReadOnlySpan<char> s, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (s.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Parses <c>next=a|b prev!=c later=d unless=e clause=f</c>, or <c>loose notnext=g</c>.</summary>
    public static MisusePair Parse(string wrong, string right, string conditions)
    {
        WordSet? next = null, notPrevious = null, clause = null;
        string[] later = [], unless = [], notNext = [];
        var loose = false;
        foreach (var condition in conditions.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (condition == "loose")
            {
                loose = true;
                continue;
            }
            var eq = condition.IndexOf('=');
            if (eq < 0)
            {
                throw new FormatException($"misuse condition without '=': {condition}");
            }
            var values = condition[(eq + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries);
            switch (condition[..eq])
            {
                case "next": next = new WordSet(values); break;
                case "prev!": notPrevious = new WordSet(values); break;
                case "later": later = values; break;
                case "unless": unless = values; break;
                case "clause": clause = new WordSet(values); break;
                case "notnext": notNext = values; break;
                default: throw new FormatException($"unknown misuse condition: {condition}");
            }
        }
        if (loose && (next ?? notPrevious ?? clause) is not null)
        {
            throw new FormatException($"misuse pair {wrong}: a loose pair has no token conditions");
        }
        return new MisusePair(wrong, right, next, notPrevious, later, unless, clause, loose, notNext);
    }
}
