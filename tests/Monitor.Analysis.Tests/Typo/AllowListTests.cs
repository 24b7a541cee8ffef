using Monitor.Analysis.Inspection.Typo;

namespace Monitor.Analysis.Tests.Typo;

public class AllowListTests
{
    [Fact]
    public void a_word_allowed_after_dismissal_is_never_flagged_again()
    {
        var inspector = GivenTypo.Fresh();
        Assert.Single(GivenTypo.Check("大力培育发展大数局产业。", inspector: inspector));

        Assert.True(inspector.AddAllowedWord("大数局"));

        Assert.Empty(GivenTypo.Check("大力培育发展大数局产业。", inspector: inspector));
        Assert.Empty(GivenTypo.Check("内蒙古自治区乌兰察布市大力培育发展大数局产业。", inspector: inspector));
        // Other typos are still found, and other instances are untouched.
        Assert.Single(GivenTypo.Check("本条例白发布之日起施行。", inspector: inspector));
        Assert.Single(GivenTypo.Check("大力培育发展大数局产业。"));
    }

    [Fact]
    public void a_removed_word_is_flagged_again()
    {
        var inspector = GivenTypo.Fresh();
        inspector.AddAllowedWord("大数局");

        Assert.True(inspector.RemoveAllowedWord("大数局"));

        Assert.Single(GivenTypo.Check("大力培育发展大数局产业。", inspector: inspector));
        Assert.False(inspector.RemoveAllowedWord("大数局"));
    }

    [Fact]
    public void a_word_of_the_shipped_file_cannot_be_removed_at_run_time()
    {
        var list = new AllowList(["石狮"]);
        list.Add("鸡冠");

        Assert.False(list.Remove("石狮"));
        Assert.True(list.Remove(" 鸡冠 "));
        Assert.Equal((true, false), (list.Contains("石狮"), list.Contains("鸡冠")));
    }

    [Fact]
    public void adding_twice_or_adding_blank_changes_nothing()
    {
        var list = new AllowList(["石狮"]);
        Assert.False(list.Add("石狮"));
        Assert.False(list.Add("  "));
        Assert.True(list.Add(" 鸡冠 "));
        Assert.True(list.Contains("鸡冠"));
        Assert.Equal(2, list.Count);
    }

    [Fact]
    public void words_added_from_many_threads_are_all_kept()
    {
        var list = new AllowList([]);
        Parallel.For(0, 200, i =>
        {
            list.Add($"词{i}");
            Assert.True(list.Contains($"词{i}"));
        });
        Assert.Equal(200, list.Count);
    }

    [Fact]
    public void the_shipped_allow_list_loads()
    {
        var path = Path.Combine(Monitor.Shared.RepoPaths.Models(), "typo", AllowList.FileName);
        Assert.True(File.Exists(path));
        var list = AllowList.Load(path);
        Assert.All(File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#'), w => Assert.True(list.Contains(w)));
    }
}
