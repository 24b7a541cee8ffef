using Monitor.Analysis.Inspection.Typo;
using Monitor.Shared;

namespace Monitor.Analysis.Tests.Typo;

public class BroadVocabularyTests
{
    private static readonly Lazy<BroadVocabulary> Shipped =
        new(() => BroadVocabulary.Load(Path.Combine(RepoPaths.Models(), "typo", BroadVocabulary.FileName)));

    [Theory]
    [InlineData("据悉")]
    [InlineData("中俄关系")]
    [InlineData("守望相助")]
    [InlineData("救火")]
    public void knows_words_the_government_corpus_rarely_uses(string word)
    {
        Assert.True(Shipped.Value.Frequency(word) > 100);
    }

    [Fact]
    public void the_best_word_over_a_char_is_the_most_frequent_word_that_overlaps_it()
    {
        var (frequency, length) = Shipped.Value.Best("骑车请戴好头盔", 3, 1);
        Assert.True(frequency > 0);
        Assert.InRange(length, 2, 6);
        Assert.True(frequency >= Shipped.Value.Frequency("戴好"));
    }

    [Fact]
    public void a_missing_file_gives_an_empty_vocabulary()
    {
        var empty = BroadVocabulary.Load(Path.Combine(Path.GetTempPath(), "no-such-broad.bin.gz"));
        Assert.Equal(0, empty.Frequency("据悉"));
        Assert.Equal((0, 0), empty.Best("据悉", 0, 1));
    }
}
