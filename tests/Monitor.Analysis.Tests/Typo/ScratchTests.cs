using Monitor.Analysis.Inspection.Typo;
using Monitor.Shared;

namespace Monitor.Analysis.Tests.Typo;

/// <summary>
/// The checker scores a tried change incrementally (only the n-grams that contain it are looked up, edge bigrams
/// come from bit rows); these tests hold it to scoring the changed sentence from scratch.
/// </summary>
public class ScratchTests
{
    private static readonly Lazy<TypoModel> Model = new(() => TypoModel.Load(RepoPaths.Models()));

    [Theory]
    [InlineData("县政府召开常务会议，研究部署安全生产工作。")]
    [InlineData("提供技木、法律等方面支持。")]
    [InlineData("进一步加强规划纲要实施的监督检查")]
    [InlineData("2026年全县粮食产量达到12.5万吨")]
    [InlineData("美国“府学关系”问题研究：以权力边界为切入点（著作）黄建伟（南京财经天学）")]
    public void a_tried_change_scores_as_the_changed_sentence_does(string sentence)
    {
        var lm = Model.Value.Lm;
        var s = new Scratch(sentence, lm, 3);
        for (var i = 0; i < sentence.Length; i++)
        {
            s.Window(i, 1);
            foreach (var c in Model.Value.Confusions.For(sentence[i])[..Math.Min(8, Model.Value.Confusions.For(sentence[i]).Length)])
            {
                s.Set(i, c);
                var left = lm.KnowsBigram(s.Framed[i], s.Framed[i + 1]);
                var right = lm.KnowsBigram(s.Framed[i + 1], s.Framed[i + 2]);
                var tried = s.Trial(i, 1, left, right);
                var changed = sentence[..i] + c + sentence[(i + 1)..];
                var fromScratch = new Scratch(changed, lm, 3).Window(i, 1);
                Assert.True(Math.Abs(tried - fromScratch) < 1e-4, $"{changed} at {i}: tried {tried}, from scratch {fromScratch}");
                s.Set(i, sentence[i]);
            }
        }
        // Two chars at once (a word mistyped whole); saying both edge bigrams are known is always safe.
        for (var i = 0; i + 1 < sentence.Length; i++)
        {
            s.Window(i, 2);
            s.Set(i, '规');
            s.Set(i + 1, '划');
            var tried = s.Trial(i, 2, true, true);
            var changed = sentence[..i] + "规划" + sentence[(i + 2)..];
            Assert.Equal(new Scratch(changed, lm, 3).Window(i, 2), tried, 4);
            s.Set(i, sentence[i]);
            s.Set(i + 1, sentence[i + 1]);
        }
    }

    [Fact]
    public void a_trial_before_its_window_is_refused()
    {
        var s = new Scratch("县政府召开常务会议", Model.Value.Lm, 3);
        s.Set(2, '服');
        Assert.Throws<InvalidOperationException>(() => s.Trial(2, 1, true, true));
    }

    [Fact]
    public void a_taken_change_rescores_the_positions_that_see_it()
    {
        var lm = Model.Value.Lm;
        var s = new Scratch("进一步加强桂花纲要实施的监督检查", lm, 3);
        s.Window(3, 4); // fill the cache before the change
        s.Set(5, '规');
        s.Set(6, '划');
        s.Changed(5, 2);
        var fresh = new Scratch("进一步加强规划纲要实施的监督检查", lm, 3);
        Assert.Equal(fresh.Window(3, 4), s.Window(3, 4), 4);
    }

    [Fact]
    public void candidate_bigram_rows_agree_with_the_model()
    {
        var model = Model.Value;
        var candidates = model.Confusions.Candidates.ToArray();
        var rows = new CandidateBigrams(model.Lm, candidates);
        foreach (var neighbour in "的县政府，。0a\u0002\u0003")
        {
            var after = rows.After(neighbour);
            var before = rows.Before(neighbour);
            foreach (var c in candidates)
            {
                Assert.Equal(model.Lm.KnowsBigram(neighbour, c), rows.Has(after, c));
                Assert.Equal(model.Lm.KnowsBigram(c, neighbour), rows.Has(before, c));
            }
        }
        Assert.False(rows.Has(rows.After('的'), '龘')); // no list offers it
    }
}
