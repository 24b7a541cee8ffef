using Microsoft.EntityFrameworkCore;
using Monitor.Analysis.Feedback;
using Monitor.Analysis.Tests.Typo;
using Monitor.TestSupport;

namespace Monitor.Analysis.Tests.Feedback;

public class DbAllowListTests
{
    private const string Sentence = "大力培育发展大数局产业。";

    [DbFact]
    public async Task a_word_removed_from_the_allow_list_is_flagged_again_in_the_same_process(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var typo = GivenTypo.Fresh();
        var allowList = new DbAllowList(db.Factory, TimeProvider.System, typo);

        await allowList.AddAsync("大数局", "admin", null, CancellationToken.None);
        var whileAllowed = GivenTypo.Check(Sentence, inspector: typo).Count;
        Assert.True(await allowList.RemoveAsync("大数局", CancellationToken.None));

        Assert.Equal(0, whileAllowed);
        Assert.Single(GivenTypo.Check(Sentence, inspector: typo));
        Assert.DoesNotContain("大数局", allowList.Snapshot());
    }

    [DbFact]
    public async Task a_single_character_is_never_allowed_and_one_stored_earlier_is_not_applied(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var typo = GivenTypo.Fresh();
        var allowList = new DbAllowList(db.Factory, TimeProvider.System, typo);
        await using (var context = db.CreateContext())
        {
            context.AllowedWords.Add(new Shared.Domain.AllowedWord { Word = "局", AddedBy = "admin", AddedAt = DateTime.UtcNow });
            await context.SaveChangesAsync();
        }

        var added = await allowList.AddAsync("数", "admin", null, CancellationToken.None);
        await allowList.RefreshAsync(CancellationToken.None);

        Assert.False(added);
        Assert.Single(GivenTypo.Check(Sentence, inspector: typo));
        Assert.Empty(allowList.Snapshot());
    }

    [DbFact]
    public async Task a_word_removed_by_another_process_leaves_the_typo_checker_on_refresh(string provider)
    {
        await using var db = await TestDb.CreateAsync(provider);
        var typo = GivenTypo.Fresh();
        var allowList = new DbAllowList(db.Factory, TimeProvider.System, typo);
        await new DbAllowList(db.Factory, TimeProvider.System, GivenTypo.Fresh()).AddAsync("大数局", "admin", null, CancellationToken.None);
        allowList.Snapshot();
        var whileAllowed = GivenTypo.Check(Sentence, inspector: typo).Count;

        await using (var context = db.CreateContext())
        {
            await context.AllowedWords.Where(w => w.Word == "大数局").ExecuteDeleteAsync();
        }
        await allowList.RefreshAsync(CancellationToken.None);

        Assert.Equal(0, whileAllowed);
        Assert.Single(GivenTypo.Check(Sentence, inspector: typo));
    }
}
