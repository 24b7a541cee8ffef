using System.Text;
using Monitor.Analysis.Segmentation;
using Monitor.Shared;

namespace Monitor.Analysis.Tests.Segmentation;

/// <summary>Expected tokens recorded from python3-jieba after the same load_userdict / add_word / del_word calls.</summary>
public class UserWordsTests
{
    private const string Sentence = "李小福是创新办主任也是云计算方面的专家；台中市的凱特琳";
    private const string UserDictionary = "\uFEFF云计算 5\n创新办 3 i\n台中\n凱特琳 nz\n  \n";

    [Fact]
    public void user_dictionary_words_are_cut_whole()
    {
        var segmenter = TestSegmenter.Fresh();
        Assert.Equal(["李小福", "是", "创新", "办", "主任", "也", "是", "云", "计算", "方面", "的", "专家", "；", "台中市", "的", "凱特琳"], segmenter.Cut(Sentence));

        segmenter.AddWords(UserDictionaryParser.Parse(Encoding.UTF8.GetBytes(UserDictionary)));

        Assert.Equal(["李小福", "是", "创新办", "主任", "也", "是", "云计算", "方面", "的", "专家", "；", "台中市", "的", "凱特琳"], segmenter.Cut(Sentence));
    }

    [Fact]
    public void parses_jieba_user_dictionary_lines()
    {
        var entries = UserDictionaryParser.Parse(Encoding.UTF8.GetBytes(UserDictionary + "联合 国 12\n")).ToList();

        Assert.Equal([("云计算", 5L), ("创新办", 3L), ("台中", null), ("凱特琳", null), ("联合 国", 12L)], entries.Select(e => (e.Word, e.Frequency)));
    }

    [Fact]
    public void loads_user_dictionaries_from_the_models_folder_unless_told_not_to()
    {
        var models = Directory.CreateTempSubdirectory("monitor-seg-");
        try
        {
            Directory.CreateDirectory(Path.Combine(models.FullName, "jieba"));
            foreach (var file in new[] { "dict.bin.gz", "hmm.bin.gz" })
            {
                File.Copy(Path.Combine(RepoPaths.Models(), "jieba", file), Path.Combine(models.FullName, "jieba", file));
            }
            Directory.CreateDirectory(Path.Combine(models.FullName, "userdict"));
            File.WriteAllText(Path.Combine(models.FullName, "userdict", "terms.txt"), UserDictionary);

            var segmenter = JiebaSegmenter.Load(models.FullName);
            var jiebaOnly = JiebaSegmenter.Load(models.FullName, userDictionaries: false);

            Assert.Contains("云计算", segmenter.Cut(Sentence));
            Assert.DoesNotContain("云计算", jiebaOnly.Cut(Sentence));
        }
        finally
        {
            models.Delete(recursive: true);
        }
    }

    [Fact]
    public void added_word_without_frequency_gets_jiebas_suggested_one()
    {
        var segmenter = TestSegmenter.Fresh();

        segmenter.AddWord("网易杭研大厦");
        segmenter.AddWord("石墨烯");

        Assert.Equal(["他", "来到", "了", "网易杭研大厦"], segmenter.Cut("他来到了网易杭研大厦"));
        Assert.Equal(["石墨烯", "是", "一种", "新", "材料"], segmenter.Cut("石墨烯是一种新材料"));
    }

    [Fact]
    public void word_with_frequency_zero_is_deleted()
    {
        var segmenter = TestSegmenter.Fresh();

        segmenter.AddWord("清华大学", 0);

        Assert.Equal(["我", "来到", "北京", "清华", "大学"], segmenter.Cut("我来到北京清华大学"));
        Assert.Equal(["我", "来到", "北京", "清华大学"], TestSegmenter.Shared.Cut("我来到北京清华大学"));
    }
}
