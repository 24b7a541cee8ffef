namespace Monitor.Analysis.Inspection.Typo.Misuse;

/// <summary>
/// Word-level misuses (帐户 → 账户, 以经完成 → 已经完成): flagged only where the wrong form is whole jieba tokens, so a
/// wrong form that is the edge of two right words is left alone (以经济 is 以/经济, 员工做好 is 员工/做好); loose pairs
/// (帐 for 账) wherever their string is.
/// </summary>
internal static class PairRule
{
    public static void Find(Tokens t, MisuseTable table, List<MisuseHit> hits)
    {
        // Loose pairs start at a token first (核对/帐户 is 帐户, not 对帐), then anywhere not yet flagged (工作台/帐 is 台帐).
        var first = hits.Count;
        Pass(t, table, hits, first, startOfToken: true);
        Pass(t, table, hits, first, startOfToken: false);
    }

    private static void Pass(Tokens t, MisuseTable table, List<MisuseHit> hits, int first, bool startOfToken)
    {
        for (var k = 0; k < t.Count; k++)
        {
            var span = t.Span(k);
            for (var at = span.Start; at < (startOfToken ? span.Start + 1 : span.End); at++)
            {
                var last = startOfToken ? Match(t, k, at, table, hits) : MatchLoose(t, k, at, table, hits, first);
                if (last >= 0)
                {
                    // One finding per misuse: go on after it.
                    k = last;
                    break;
                }
            }
        }
    }

    /// <summary>Adds the first pair that matches at the start of token <paramref name="k"/>; returns the token it ends in, or -1.</summary>
    private static int Match(Tokens t, int k, int at, MisuseTable table, List<MisuseHit> hits)
    {
        if (!table.Pairs.TryGetValue(t.Text[at], out var pairs))
        {
            return -1;
        }
        foreach (var pair in pairs)
        {
            if (pair.Loose)
            {
                if (pair.MayMatch(t.Text, at))
                {
                    hits.Add(new MisuseHit(at, pair.Wrong, pair.Right, "typo.misuse", pair.Wrong));
                    return LastTokenCovering(t, k, at + pair.Wrong.Length);
                }
                continue;
            }
            var last = LastToken(t, k, pair.Wrong);
            if (last >= 0 && Holds(t, k, last, pair))
            {
                var context = pair.Next is null ? pair.Wrong : string.Concat(pair.Wrong, t[last + 1]);
                hits.Add(new MisuseHit(at, pair.Wrong, pair.Right, "typo.misuse", context));
                return last;
            }
        }
        return -1;
    }

    /// <summary>A loose pair anywhere in token <paramref name="k"/> that overlaps no hit from <paramref name="first"/> on.</summary>
    private static int MatchLoose(Tokens t, int k, int at, MisuseTable table, List<MisuseHit> hits, int first)
    {
        if (!table.Pairs.TryGetValue(t.Text[at], out var pairs))
        {
            return -1;
        }
        foreach (var pair in pairs)
        {
            var end = at + pair.Wrong.Length;
            if (pair.Loose && pair.MayMatch(t.Text, at) && !Overlaps(hits, first, at, end))
            {
                hits.Add(new MisuseHit(at, pair.Wrong, pair.Right, "typo.misuse", pair.Wrong));
                return LastTokenCovering(t, k, end);
            }
        }
        return -1;
    }

    private static bool Overlaps(List<MisuseHit> hits, int first, int start, int end)
    {
        for (var i = first; i < hits.Count; i++)
        {
            if (hits[i].Offset < end && start < hits[i].Offset + hits[i].Length)
            {
                return true;
            }
        }
        return false;
    }

    private static int LastTokenCovering(Tokens t, int k, int end)
    {
        while (k + 1 < t.Count && t.Span(k).End < end)
        {
            k++;
        }
        return k;
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
        if (pair.Later.Length > 0 && !MisusePair.ContainsAny(rest, pair.Later))
        {
            return false;
        }
        if (MisusePair.ContainsAny(rest, pair.Unless))
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
}
