namespace Monitor.Analysis.Inspection.Typo.Misuse;

/// <summary>
/// Word-level misuses (帐户 → 账户, 以经完成 → 已经完成): flagged only where the wrong form is whole jieba tokens, so a
/// wrong form that is the edge of two right words is left alone (以经济 is 以/经济, 员工做好 is 员工/做好).
/// </summary>
internal static class PairRule
{
    public static void Find(Tokens t, MisuseTable table, List<MisuseHit> hits)
    {
        var text = t.Text;
        for (var k = 0; k < t.Count; k++)
        {
            var start = t.Span(k).Start;
            if (!table.Pairs.TryGetValue(text[start], out var pairs))
            {
                continue;
            }
            foreach (var pair in pairs)
            {
                var last = LastToken(t, k, pair.Wrong);
                if (last >= 0 && Holds(t, k, last, pair))
                {
                    var context = pair.Next is null ? pair.Wrong : string.Concat(pair.Wrong, t[last + 1]);
                    hits.Add(new MisuseHit(start, pair.Wrong, pair.Right, "typo.misuse", context));
                    k = last;
                    break;
                }
            }
        }
    }

    /// <summary>The index of the token that ends exactly where <paramref name="wrong"/> ends, or -1.</summary>
    private static int LastToken(Tokens t, int first, string wrong)
    {
        var start = t.Span(first).Start;
        if (!t.Text[start..].StartsWith(wrong, StringComparison.Ordinal))
        {
            return -1;
        }
        var end = start + wrong.Length;
        for (var k = first; k < t.Count && t.Span(k).Start < end; k++)
        {
            if (t.Span(k).End == end)
            {
                return k;
            }
        }
        return -1;
    }

    private static bool Holds(Tokens t, int first, int last, MisusePair pair)
    {
        if (pair.Next is not null && !pair.Next.Contains(t[last + 1]))
        {
            return false;
        }
        if (pair.NotPrevious is not null && pair.NotPrevious.Contains(t[first - 1]))
        {
            return false;
        }
        var rest = t.Text[t.Span(last).End..];
        if (pair.Later.Length > 0 && !ContainsAny(rest, pair.Later))
        {
            return false;
        }
        if (ContainsAny(rest, pair.Unless))
        {
            return false;
        }
        return pair.Clause is null || InClause(t, last + 1, pair.Clause);
    }

    private static bool InClause(Tokens t, int from, WordSet words)
    {
        for (var k = from; k < t.Count && !t.IsBreak(k); k++)
        {
            if (words.Contains(t[k]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
