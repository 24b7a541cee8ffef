namespace Monitor.Analysis.Inspection.Typo;

/// <summary>Settings of the typo checker (<c>Monitor:Typo</c>); the defaults were chosen on the tuning part of the dev set.</summary>
public sealed class TypoOptions
{
    /// <summary>Off switch for the whole <c>typo</c> family.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How much more likely (log10 of the language model's probability ratio, plus word evidence) a sentence must
    /// become before a replacement is flagged: higher is fewer false alarms and fewer catches.
    /// </summary>
    public double Threshold { get; set; } = 3.5;

    /// <summary>Added to the gain when the replacement completes a dictionary word that the original char broke.</summary>
    public double WordBonus { get; set; } = 0.5;

    /// <summary>
    /// Subtracted, once per char of the longest dictionary word around the original char beyond the first (全县 once, 开幕式
    /// twice): a char that sits in a word is usually right, even when another char would make another word.
    /// </summary>
    public double InWordPenalty { get; set; } = 1.0;

    /// <summary>
    /// A char whose unigram log10 probability is below this is rare in the training corpus; inside a common word (see
    /// <see cref="CommonWordFrequency"/>) it is never examined.
    /// </summary>
    public double RareCharLogProb { get; set; } = -4.5;

    /// <summary>jieba's frequency from which a word of 2–4 chars counts as common (开幕式 has 360).</summary>
    public int CommonWordFrequency { get; set; } = 100;

    /// <summary>Subtracted when the original char sits inside a dictionary word that the replacement breaks.</summary>
    public double WordPenalty { get; set; } = 1.0;

    /// <summary>
    /// A char is examined only when the model does not know the n-gram of this many chars ending at it or at the
    /// next char: chars in well-known contexts are skipped, which is most of the speed.
    /// </summary>
    public int ExamineBelowOrder { get; set; } = 3;

    /// <summary>
    /// Whether a char is examined when the n-grams ending and starting at it are both known and only the one centred
    /// on it is not. Such a char fits its left and its right: it sits where two words meet, rarely on a typo.
    /// Off: on the tuning data it costs 0.001 of F1 and spares most of the work on unseen text.
    /// </summary>
    public bool ExamineBetweenKnownSides { get; set; }

    /// <summary>Whether the rules for frequent misuses (的/地/得, 帐/账, 以经 …) run besides the statistical checker.</summary>
    public bool MisuseRules { get; set; } = true;

    /// <summary>Whether two adjacent chars may be replaced at once.</summary>
    public bool Pairs { get; set; } = true;

    /// <summary>Added to the threshold for replacing two adjacent chars at once (more freedom, more false alarms).</summary>
    public double PairPenalty { get; set; } = 2.0;

    /// <summary>Most confusable chars tried for one char (the most frequent in the corpus first).</summary>
    public int MaxCandidates { get; set; } = 64;

    /// <summary>Most replacements flagged in one sentence.</summary>
    public int MaxPerSentence { get; set; } = 4;

    /// <summary>
    /// A candidate is rejected when the original overlaps a word of the broad vocabulary (rime-essay, libime) at least
    /// this frequent and the correction does not make a word <see cref="BroadMargin"/> more common; 0 (the default) turns
    /// this off. Used only without the acceptance model; on the tuning part it cost more recall than it saved false alarms.
    /// </summary>
    public int BroadKnownFrequency { get; set; }

    /// <summary>How much more common (log10 of the broad-vocabulary frequencies) the corrected word must be to overrule a known original.</summary>
    public double BroadMargin { get; set; } = 1.0;

    /// <summary>Whether a Han char with no Han neighbour (a table cell: 男/女 in a 公示 list) is left alone.</summary>
    public bool SkipLoneChars { get; set; } = true;

    /// <summary>Whether the learned acceptance model (<c>models/typo/acceptance.tsv</c>) decides on each candidate.</summary>
    public bool AcceptanceModel { get; set; } = true;

    /// <summary>
    /// The share of clean sentences the acceptance model may flag (its calibration on unseen government text); lower
    /// is fewer false alarms and fewer catches. Calibrated rates: 0.1 % to 10 %.
    /// </summary>
    public double TargetFalseAlarmRate { get; set; } = 0.02;
}
