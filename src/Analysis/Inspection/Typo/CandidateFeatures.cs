namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// What the acceptance step knows about one candidate correction besides its score: how common the words around the
/// change are in general Chinese (broad vocabulary) and in jieba's dictionary, before and after, how rare the chars
/// are in the government corpus, and whether the char sits in a table cell or next to numbers or Latin letters.
/// Frequencies are log10(1 + f). The bigram counts say how much of the text around the change the government
/// corpus knows at all: where it knows little (a post about sports or brands), its preference is weak evidence.
/// </summary>
internal readonly record struct CandidateFeatures(
    float Gain,
    float Length,
    float CompletesWord,
    float OriginalBroad,
    float OriginalBroadLength,
    float ReplacementBroad,
    float ReplacementBroadLength,
    float OriginalJieba,
    float ReplacementJieba,
    float OriginalCharLogProb,
    float ReplacementCharLogProb,
    float HanNeighbours,
    float NearDigit,
    float NearLatin,
    float ConfusionRank,
    float OriginalBigramsKnown,
    float ReplacementBigramsKnown,
    float ContextBigramsKnown)
{
    /// <summary>Number of features, the length of <see cref="CopyTo"/>'s output.</summary>
    public const int Count = 18;

    public static readonly string[] Names =
    [
        nameof(Gain), nameof(Length), nameof(CompletesWord), nameof(OriginalBroad), nameof(OriginalBroadLength),
        nameof(ReplacementBroad), nameof(ReplacementBroadLength), nameof(OriginalJieba), nameof(ReplacementJieba),
        nameof(OriginalCharLogProb), nameof(ReplacementCharLogProb), nameof(HanNeighbours), nameof(NearDigit), nameof(NearLatin),
        nameof(ConfusionRank), nameof(OriginalBigramsKnown), nameof(ReplacementBigramsKnown), nameof(ContextBigramsKnown),
    ];

    public void CopyTo(Span<float> v)
    {
        v[0] = Gain;
        v[1] = Length;
        v[2] = CompletesWord;
        v[3] = OriginalBroad;
        v[4] = OriginalBroadLength;
        v[5] = ReplacementBroad;
        v[6] = ReplacementBroadLength;
        v[7] = OriginalJieba;
        v[8] = ReplacementJieba;
        v[9] = OriginalCharLogProb;
        v[10] = ReplacementCharLogProb;
        v[11] = HanNeighbours;
        v[12] = NearDigit;
        v[13] = NearLatin;
        v[14] = ConfusionRank;
        v[15] = OriginalBigramsKnown;
        v[16] = ReplacementBigramsKnown;
        v[17] = ContextBigramsKnown;
    }
}
