namespace Monitor.Analysis.Inspection.Typo.Misuse;

/// <summary>
/// 的/地/得 over the jieba tokens of a sentence, only where the use is clear: an adverb + 的 + verb with an object
/// (稳步的推进改革, 有针对性的开展工作) or after a modal word (要认真的学习文件) or before 了/着/过 → 地; a verb + 的 +
/// degree word + adjective ending the clause (做的很好。) → 得; a pronoun + 地 + noun (我们地工作) → 的. 有效的措施,
/// 积极的作用, 得到了广泛的支持, 认真的学习态度, 有针对性的推进方案 are left alone: the noun readings are right.
/// </summary>
internal static class DeRule
{
    public static void Find(Tokens t, MisuseTable table, List<MisuseHit> hits)
    {
        for (var k = 1; k + 1 < t.Count; k++)
        {
            var from = k - 1;
            var replacement = t.Is(k, '的') ? ForDe(t, k, table, ref from) : t.Is(k, '地') ? ForDi(t, k, table) : null;
            if (replacement is null)
            {
                continue;
            }
            var last = replacement == "得" ? k + 2 : k + 1;
            var context = t.Text[t.Span(from).Start..t.Span(last).End].ToString();
            hits.Add(new MisuseHit(t.Span(k).Start, t[k].ToString(), replacement, "typo.de", context));
        }
    }

    /// <summary>What the 的 at <paramref name="k"/> should be, if clear; <paramref name="from"/> is the first token of the adverb.</summary>
    private static string? ForDe(Tokens t, int k, MisuseTable table, ref int from)
    {
        ReadOnlySpan<char> after = t[k + 1], next = t[k + 2];
        if (IsVerb(after, table))
        {
            var (kind, first) = Adverb(t, k, table);
            if (kind is null)
            {
                return null;
            }
            from = first;
            if (IsAspect(next))
            {
                return "地";
            }
            // An object after the verb shows a predicate; after an adjective, verb + noun may be a compound noun
            // (有效的治理措施), so it also needs a verb that is a predicate there (有针对性的开展工作) or a modal word
            // before (要有效的治理污染), and a noun that is no usual head unless the verb never makes compounds.
            var hasObject = !t.IsBreak(k + 2) && !IsJoiner(next);
            var predicate = table.StrictPredicates.Contains(after)
                || ((table.Predicates.Contains(after) || table.Modals.Contains(t[first - 1])) && !table.Heads.Contains(next));
            return hasObject && (kind == "pure" || predicate) ? "地" : null;
        }
        ReadOnlySpan<char> before = t[k - 1];
        if (table.Degrees.Contains(after) && table.Tag(before) is "v" or "vn" && IsAdjective(next, table)
            && next is not ("多" or "少") && (t.IsBreak(k + 3) || t.Is(k + 3, '了')))
        {
            return "得";
        }
        return null;
    }

    /// <summary>The adverb before the 的 at <paramref name="k"/> ("pure" or "adjective") and its first token: one token, or two (有 + 计划).</summary>
    private static (string? Kind, int First) Adverb(Tokens t, int k, MisuseTable table)
    {
        // The longer reading first: 有针对性 rather than 针对性, for the message.
        var two = string.Concat(t[k - 2], t[k - 1]);
        var first = k >= 2 && (table.PureAdverbs.Contains(two) || table.AdjectiveAdverbs.Contains(two)) ? k - 2 : k - 1;
        var adverb = first == k - 2 ? two : t[k - 1];
        return table.PureAdverbs.Contains(adverb) ? ("pure", first)
            : table.AdjectiveAdverbs.Contains(adverb) ? ("adjective", first)
            : (null, first);
    }

    private static string? ForDi(Tokens t, int k, MisuseTable table) =>
        table.Pronouns.Contains(t[k - 1]) && table.Tag(t[k + 1]) is "n" or "vn" ? "的" : null;

    private static bool IsVerb(ReadOnlySpan<char> word, MisuseTable table) =>
        (table.Tag(word) == "v" && !table.NotVerbs.Contains(word)) || table.Predicates.Contains(word);

    private static bool IsAdjective(ReadOnlySpan<char> word, MisuseTable table) =>
        table.Tag(word) is "a" or "ad" || table.Evaluatives.Contains(word);

    private static bool IsAspect(ReadOnlySpan<char> word) => word is "了" or "着" or "过";

    private static bool IsJoiner(ReadOnlySpan<char> word) => word is "的" or "和" or "与" or "及" or "等" or "或" or "并" or "之" or "以及";
}
