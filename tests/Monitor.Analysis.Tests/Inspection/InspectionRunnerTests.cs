using Monitor.Analysis.Inspection;
using Monitor.Analysis.Text;
using Monitor.Shared.Domain;

namespace Monitor.Analysis.Tests.Inspection;

public class InspectionRunnerTests
{
    private static readonly InspectionContext On2024 = new(new DateOnly(2024, 5, 1));

    [Theory]
    [InlineData("<p>联系电话：<b>138</b>12345678</p>", "pii.mobile", "138</b>12345678")]
    [InlineData("<p>身份证号&nbsp;１１０１０１１９９００３０７１２３３</p>", "pii.id-card", "１１０１０１１９９００３０７１２３３")]
    [InlineData("<section><p>😀😀国务院总理<span>李墙</span>主持会议</p></section>", "misstatement.leader-name", "李墙")]
    [InlineData("<p>深入学习习近平新时代中国特色社会&#x4E3B;意思想</p>", "misstatement.formulation", "习近平新时代中国特色社会&#x4E3B;意思想")]
    [InlineData("<script>var t='13812345678';</script><p>国务院总理李克强主持会议</p>", "misstatement.leader-title", "国务院总理李克强")]
    public void maps_findings_in_html_back_to_the_raw_html(string html, string ruleId, string originalSpan)
    {
        var findings = GivenInspectors.Runner().Inspect(TextNormaliser.FromHtml(html), On2024);
        var finding = Assert.Single(findings);
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(originalSpan, html.Substring(finding.Start, finding.Length));
        Assert.Equal(originalSpan, finding.Text);
    }

    [Fact]
    public void keeps_the_other_inspectors_findings_when_one_throws()
    {
        var runner = GivenInspectors.Runner(new ThrowingInspector(), GivenInspectors.Pii, new ThrowingInspector());
        var findings = runner.Inspect(TextNormaliser.FromPlain("联系电话13812345678"), On2024);
        Assert.Equal("pii.mobile", Assert.Single(findings).RuleId);
    }

    [Fact]
    public void masks_personal_data_in_every_excerpt()
    {
        var text = TextNormaliser.FromPlain("张三，身份证号110101199003071233，电话13812345678，国务院总理李墙到访。");
        var findings = GivenInspectors.Runner().Inspect(text, On2024);
        Assert.Equal(3, findings.Count);
        foreach (var f in findings)
        {
            Assert.DoesNotContain("19900307", f.Excerpt);
            Assert.DoesNotContain("13812345678", f.Excerpt);
            Assert.DoesNotContain("19900307", f.Suggestion ?? "");
        }
        Assert.Contains("110***********1233", findings[0].Excerpt);
        Assert.Equal("138****5678", findings[1].Suggestion);
    }

    [Fact]
    public void turns_a_posts_title_and_text_into_stored_findings()
    {
        var post = new Post
        {
            Id = 7,
            AccountId = 3,
            Version = 2,
            PlatformPostId = "p1",
            ContentHash = "h",
            Title = "关于李克强总理批示的落实情况",
            Text = "如有疑问请联系13812345678。",
            PublishedAtUtc = new DateTime(2024, 4, 30, 17, 0, 0, DateTimeKind.Utc), // 2024-05-01 01:00 in Shanghai
        };
        var now = new DateTime(2024, 5, 2, 0, 0, 0, DateTimeKind.Utc);
        var findings = GivenInspectors.Runner().InspectPost(post, now);

        Assert.Equal(2, findings.Count);
        var title = Assert.Single(findings, f => f.Field == TextField.Title);
        Assert.Equal(("misstatement.leader-title", 2, 5), (title.RuleId, title.Start, title.Length));
        var pii = Assert.Single(findings, f => f.Field == TextField.Text);
        Assert.Equal((FindingKind.PersonalDataLeak, Severity.Veto, 7, 11), (pii.Kind, pii.Severity, pii.Start, pii.Length));
        Assert.Equal("如有疑问请联系138****5678。", pii.Excerpt);
        Assert.Equal((7L, 3L, 2, ReviewStatus.Pending, now), (pii.PostId, pii.AccountId, pii.PostVersion, pii.ReviewStatus, pii.CreatedAt));
        Assert.False(string.IsNullOrEmpty(pii.Message));
    }

    [Fact]
    public void runs_any_registered_inspector_and_maps_its_spans_back()
    {
        var runner = GivenInspectors.Runner(new FakeTypoInspector("在次"), GivenInspectors.Pii);
        var original = "ＡＢＣ公司\u200B在次提醒：联系电话13812345678";
        var findings = runner.Inspect(TextNormaliser.FromPlain(original), On2024);

        Assert.Equal(["typo.fake", "pii.mobile"], findings.Select(f => f.RuleId));
        Assert.Equal("在次", original.Substring(findings[0].Start, findings[0].Length));
        Assert.Equal("13812345678", original.Substring(findings[1].Start, findings[1].Length));
    }

    private sealed class FakeTypoInspector(string word) : IPostInspector
    {
        public string Family => "typo";

        public IEnumerable<InspectorFinding> Inspect(InspectionText text, InspectionContext context)
        {
            var at = text.Normalised.IndexOf(word, StringComparison.Ordinal);
            return at < 0 ? [] : [new InspectorFinding("typo.fake", FindingKind.Typo, Severity.Warning, at, word.Length, "错别字", "再次")];
        }
    }

    private sealed class ThrowingInspector : IPostInspector
    {
        public string Family => "broken";

        public IEnumerable<InspectorFinding> Inspect(InspectionText text, InspectionContext context) =>
            throw new InvalidOperationException("broken inspector");
    }
}
