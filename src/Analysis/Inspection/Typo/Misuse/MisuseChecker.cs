using Monitor.Analysis.Segmentation;

namespace Monitor.Analysis.Inspection.Typo.Misuse;

/// <summary>
/// Rules for the frequent misuses the language model rarely catches (的/地/得, 帐/账, 象/像, 以经, 反应/反映 …; issue 5).
/// A cheap scan for a trigger comes first; only a sentence that has one is cut into jieba tokens (the typo model's
/// dictionary and jieba's HMM, without user words) and run through <see cref="DeRule"/> and <see cref="PairRule"/>.
/// </summary>
internal sealed class MisuseChecker(MisuseTable table, SegmenterState segmenter)
{
    [ThreadStatic]
    private static List<TokenSpan>? _tokens;

    public static MisuseChecker Load(string models, PrefixTrie dictionary)
    {
        var hmm = HmmModel.Load(Path.Combine(models, "jieba", "hmm.bin.gz"));
        var state = new SegmenterState(dictionary, hmm, null, dictionary.Total, new HashSet<string>());
        return new MisuseChecker(MisuseTable.Load(Path.Combine(models, "typo")), state);
    }

    /// <summary>Appends the misuses of one sentence whose chars are all unprotected (offsets are the sentence's).</summary>
    public void Check(ReadOnlySpan<char> sentence, Func<int, bool> isProtected, List<MisuseHit> hits)
    {
        if (!MisuseTriggers.Any(sentence, table))
        {
            return;
        }
        var spans = _tokens ??= [];
        spans.Clear();
        BlockSplitter.Cut(segmenter, sentence, hmm: true, spans, SegmentScratch.Current);
        var tokens = new Tokens(sentence, spans);
        var first = hits.Count;
        DeRule.Find(tokens, table, hits);
        PairRule.Find(tokens, table, hits);
        for (var i = hits.Count - 1; i >= first; i--)
        {
            for (var at = hits[i].Offset; at < hits[i].Offset + hits[i].Length; at++)
            {
                if (isProtected(at))
                {
                    hits.RemoveAt(i);
                    break;
                }
            }
        }
    }
}
