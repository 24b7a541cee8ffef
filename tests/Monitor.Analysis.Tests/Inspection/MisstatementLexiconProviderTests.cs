using Monitor.Analysis.Inspection;
using Monitor.Analysis.Inspection.Misstatement;
using Monitor.Analysis.Text;
using Monitor.Shared;
using Monitor.TestSupport;

namespace Monitor.Analysis.Tests.Inspection;

public sealed class MisstatementLexiconProviderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("monitor-lexicon-").FullName;

    public MisstatementLexiconProviderTests()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Models(), "lexicon")))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void loads_the_versioned_lexicon_from_models()
    {
        var lexicon = GivenInspectors.Lexicon().Lexicon;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}\.\d+$", lexicon.Version);
        Assert.Contains(lexicon.Terms, t => t is { Name: "李强", Title: "国务院总理", To: null } && t.From == new DateOnly(2023, 3, 11));
        Assert.Contains(lexicon.Terms, t => t.Name == "李克强" && t.Title == "国务院总理" && t.To == new DateOnly(2023, 3, 11));
        Assert.True(lexicon.AreConfusable('强', '墙'));
        Assert.True(lexicon.AreConfusable('国', '圃'));
    }

    [Fact]
    public void reloads_a_lexicon_an_admin_edited_without_a_release()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var provider = GivenInspectors.Lexicon(_folder, clock);
        var inspector = new MisstatementInspector(provider);
        var text = TextNormaliser.FromPlain("国务院总理张三出席会议。");
        var context = new InspectionContext(new DateOnly(2027, 3, 20));
        Assert.Empty(inspector.Inspect(text, context));

        var leaders = Path.Combine(_folder, "leaders.tsv");
        File.WriteAllText(leaders, File.ReadAllText(leaders)
            .Replace("李强\t国务院总理\t2023-03-11\t\t", "李强\t国务院总理\t2023-03-11\t2027-03-11\t")
            + "张三\t国务院总理\t2027-03-11\t\tsure\ttest row\n");
        File.SetLastWriteTimeUtc(leaders, DateTime.UtcNow.AddMinutes(1));
        clock.Advance(TimeSpan.FromMinutes(1));

        var finding = Assert.Single(inspector.Inspect(TextNormaliser.FromPlain("国务院总理李强出席会议。"), context));
        Assert.Equal("misstatement.leader-title", finding.RuleId);
        Assert.Equal("国务院总理张三", finding.Suggestion);
    }

    [Fact]
    public void keeps_the_previous_version_when_an_edit_is_broken()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var provider = GivenInspectors.Lexicon(_folder, clock);
        var leaders = Path.Combine(_folder, "leaders.tsv");
        File.AppendAllText(leaders, "王五\t国务院总理\tnot-a-date\t\tsure\n");
        File.SetLastWriteTimeUtc(leaders, DateTime.UtcNow.AddMinutes(1));
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.False(provider.ReloadIfChanged());
        Assert.Contains(provider.Lexicon.Terms, t => t.Name == "李强");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
