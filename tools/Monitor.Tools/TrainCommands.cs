using System.CommandLine;
using Monitor.Analysis.Inspection.Typo;
using Monitor.Shared;

namespace Monitor.Tools;

/// <summary><c>monitor train typo</c>: rebuilds the typo checker's char language model from a corpus.</summary>
public static class TrainCommands
{
    public static Command Create()
    {
        var train = new Command("train", "由语料训练模型");
        var corpus = new Option<FileInfo?>("--corpus") { Description = "训练语料（每行一句，默认 corpus/gov_corpus.txt）" };
        var output = new Option<FileInfo?>("--out") { Description = "输出文件（默认 models/typo/charlm.bin.gz）" };
        var order = new Option<int>("--order") { Description = "n 元模型阶数", DefaultValueFactory = _ => 5 };
        var minCount = new Option<int>("--min-count") { Description = "4 阶及以上 n 元组至少出现的次数", DefaultValueFactory = _ => 2 };
        var typo = new Command("typo", "训练错别字检查用的字符 n 元语言模型（修正 Kneser-Ney 平滑）") { corpus, output, order, minCount };
        typo.SetAction(parse =>
        {
            var corpusPath = parse.GetValue(corpus)?.FullName ?? RepoPaths.Corpus("gov_corpus.txt");
            var outPath = parse.GetValue(output)?.FullName ?? Path.Combine(RepoPaths.Models(), "typo", "charlm.bin.gz");
            if (!File.Exists(corpusPath))
            {
                Console.Error.WriteLine($"找不到语料文件：{corpusPath}");
                return 2;
            }
            var r = TypoTraining.Train(corpusPath, outPath, parse.GetValue(order), minCount: parse.GetValue(minCount));
            Console.Error.WriteLine($"{outPath}: {r.Sentences} 句，{r.Chars} 字，保留 {r.NgramsKept} 个 n 元组，{r.Bytes / 1e6:F1} MB，用时 {r.Elapsed.TotalSeconds:F1} 秒");
            return 0;
        });
        train.Subcommands.Add(typo);
        return train;
    }
}
