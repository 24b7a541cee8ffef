namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>
/// How a window of a post lines up with a canonical form: exact, one confusable char replaced (two for forms of 7+
/// chars), one inner char dropped (forms of 5+ chars) or one char added inside (forms of 4+ chars). A numeral never
/// counts as a slip: 党的十九届三中全会 and 三个代表 name other things than 党的二十届三中全会 and 四个代表 would.
/// </summary>
internal static class NearMissAlignment
{
    public const int NoMatch = -1;
    public const int Exact = 0;
    private const string Numerals = "〇零一二两三四五六七八九十百千万";
    // Particles and conjunctions: the chars most often slipped into a form.
    private const string Joiners = "的地之和与及";
    private const string Particles = "的地之";

    /// <summary>
    /// Exact when <paramref name="form"/> is at <paramref name="start"/>, else the length of the near-miss window there,
    /// else <see cref="NoMatch"/>. <paramref name="shift"/>: how the window sits against an exact bigram hit of the
    /// form: 0 in place (any slip), -1 a char added before the hit, +1 a char dropped before it.
    /// </summary>
    public static int At(string s, int start, string form, int shift, MisstatementLexicon lexicon, out int firstMismatch, out int lastMismatch)
    {
        firstMismatch = lastMismatch = -1;
        if (start < 0)
        {
            return NoMatch;
        }
        if (shift == 0)
        {
            var substituted = Substituted(s, start, form, lexicon, ref firstMismatch, ref lastMismatch);
            if (substituted >= Exact)
            {
                return substituted;
            }
        }
        if (shift >= 0 && form.Length >= 5 && Dropped(s, start, form))
        {
            return form.Length - 1;
        }
        return shift <= 0 && form.Length >= 4 && Added(s, start, form) ? form.Length + 1 : NoMatch;
    }

    private static int Substituted(string s, int start, string form, MisstatementLexicon lexicon, ref int first, ref int last)
    {
        if (start + form.Length > s.Length)
        {
            return NoMatch;
        }
        var allowed = form.Length >= 7 ? 2 : 1;
        var mismatches = 0;
        // Counting first and judging the chars after: most windows fail the count, and cost no confusion lookup.
        for (var k = 0; k < form.Length; k++)
        {
            if (s[start + k] != form[k] && ++mismatches > allowed)
            {
                return NoMatch;
            }
        }
        for (var k = 0; k < form.Length && mismatches > 0; k++)
        {
            var c = s[start + k];
            if (c == form[k])
            {
                continue;
            }
            if (!LeaderNameIndex.IsHan(c) || IsNumeral(c) && IsNumeral(form[k]) || !lexicon.AreConfusable(form[k], c))
            {
                return NoMatch;
            }
            if (first < 0)
            {
                first = k;
            }
            last = k;
        }
        if (mismatches == 0)
        {
            return Exact;
        }
        // A dictionary word one char away from a short form is that word (a real 4-char idiom), not a slip.
        return form.Length <= 4 && CommonWords.IsWord(s.AsSpan(start, form.Length)) ? NoMatch : form.Length;
    }

    private static bool Dropped(string s, int start, string form)
    {
        if (start + form.Length - 1 > s.Length)
        {
            return false;
        }
        var k = Common(s, start, form, 0);
        return k >= 1 && k <= form.Length - 2 && !IsNumeral(form[k])
            && string.CompareOrdinal(s, start + k, form, k + 1, form.Length - k - 1) == 0
            && !CommonWords.IsWord(s.AsSpan(start, form.Length - 1));
    }

    private static bool Added(string s, int start, string form)
    {
        if (start + form.Length + 1 > s.Length)
        {
            return false;
        }
        var k = Common(s, start, form, 0);
        if (k < 1 || k >= form.Length)
        {
            return false;
        }
        var extra = s[start + k];
        var doubled = extra == form[k - 1] || extra == form[k];
        // A numeral added is a slip only as a doubled one (两两个维护): 三个代表 and 三十个代表 are different numbers.
        // In a four-char form anything else added is more often prose (乡村必振兴) than a slip.
        if (!LeaderNameIndex.IsHan(extra) || !doubled && (IsNumeral(extra) || form.Length <= 4 && !Joiners.Contains(extra)))
        {
            return false;
        }
        // 健全全面从严治党, 学习习近平…: the first char doubled is the end of the word before.
        if (doubled && k == 1 && start > 0 && CommonWords.IsWord(s.AsSpan(start - 1, 2)))
        {
            return false;
        }
        if (string.CompareOrdinal(s, start + k + 1, form, k, form.Length - k) != 0)
        {
            return false;
        }
        // 高质量的发展, 生态文明的建设: a particle after a modifier of 3+ chars and before a word is prose. After two chars
        // (中华的人民共和国, 两个的维护, 乡村之振兴) it breaks the form.
        return !(Particles.Contains(extra) && k >= 3 && CommonWords.IsWord(form.AsSpan(0, k)) && CommonWords.IsWord(form.AsSpan(k)));
    }

    /// <summary>
    /// The form's last char written twice (共同富裕裕), unless the second one starts a word (中国共产党党员, 建设设施).
    /// </summary>
    public static bool DoubledEnd(string s, int end, string form)
    {
        if (end >= s.Length || s[end] != form[^1])
        {
            return false;
        }
        for (var length = 2; length <= 4 && end + length <= s.Length; length++)
        {
            if (CommonWords.IsWord(s.AsSpan(end, length)))
            {
                return false;
            }
        }
        return true;
    }

    private static int Common(string s, int start, string form, int k)
    {
        while (k < form.Length && start + k < s.Length && s[start + k] == form[k])
        {
            k++;
        }
        return k;
    }

    private static bool IsNumeral(char c) => Numerals.Contains(c);
}
