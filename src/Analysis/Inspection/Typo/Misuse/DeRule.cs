namespace Monitor.Analysis.Inspection.Typo.Misuse;

/// <summary>
/// 的/地/得 over the jieba tokens of a sentence, only where the use is clear: an adverb + 的 + verb with an object
/// (稳步的推进改革) or after a modal word (要认真的学习文件) or before 了/着/过 → 地; a verb + 的 + degree word + adjective
/// ending the clause (做的很好。) → 得; a pronoun + 地 + noun (我们地工作) → 的. 有效的措施, 积极的作用, 得到了广泛的支持,
/// 认真的学习态度 are left alone: the noun readings are right.
/// </summary>
internal static class DeRule
{
    public static void Find(Tokens t, MisuseTable table, List<MisuseHit> hits)
    {
        for (var k = 1; k + 1 < t.Count; k++)
        {
            var replacement = t.Is(k, '的') ? ForDe(t, k, table) : t.Is(k, '地') ? ForDi(t, k, table) : null;
            if (replacement is null)
            {
                continue;
            }
            var last = replacement == "得" ? k + 2 : k + 1;
            var context = string.Concat(t[k - 1], t[k], t[k + 1], last > k + 1 ? t[last] : []);
            hits.Add(new MisuseHit(t.Span(k).Start, t[k].ToString(), replacement, "typo.de", context));
        }
    }

    private static string? ForDe(Tokens t, int k, MisuseTable table)
    {
        ReadOnlySpan<char> before = t[k - 1], after = t[k + 1], next = t[k + 2];
        if (IsVerb(after, table))
        {
            var pure = table.PureAdverbs.Contains(before);
            var adjective = !pure && table.AdjectiveAdverbs.Contains(before);
            if (!pure && !adjective)
            {
                return null;
            }
            if (IsAspect(next))
            {
                return "地";
            }
            // An object after the verb shows a predicate; after an adjective, verb + noun may be a compound noun
            // (有效的治理措施), so it also needs a modal word before (要有效的治理污染) and a noun that is no usual head.
            var hasObject = !t.IsBreak(k + 2) && !IsJoiner(next);
            return hasObject && (pure || (table.Modals.Contains(t[k - 2]) && !table.Heads.Contains(next))) ? "地" : null;
        }
        if (table.Degrees.Contains(after) && table.Tag(before) is "v" or "vn" && IsAdjective(next, table)
            && next is not ("多" or "少") && (t.IsBreak(k + 3) || t.Is(k + 3, '了')))
        {
            return "得";
        }
        return null;
    }

    private static string? ForDi(Tokens t, int k, MisuseTable table) =>
        table.Pronouns.Contains(t[k - 1]) && table.Tag(t[k + 1]) is "n" or "vn" ? "的" : null;

    private static bool IsVerb(ReadOnlySpan<char> word, MisuseTable table) => table.Tag(word) == "v" && !table.NotVerbs.Contains(word);

    private static bool IsAdjective(ReadOnlySpan<char> word, MisuseTable table) =>
        table.Tag(word) is "a" or "ad" || table.Evaluatives.Contains(word);

    private static bool IsAspect(ReadOnlySpan<char> word) => word is "了" or "着" or "过";

    private static bool IsJoiner(ReadOnlySpan<char> word) => word is "的" or "和" or "与" or "及" or "等" or "或" or "并" or "之" or "以及";
}
