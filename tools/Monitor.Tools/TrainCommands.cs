using System.CommandLine;
using Monitor.Shared;
using Monitor.Tools.Training;

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
        train.Subcommands.Add(AcceptanceCommand());
        return train;
    }

    /// <summary>
    /// <c>monitor train acceptance candidates LM OUT.tsv NAME=FILE[:clean|:inject|:pairs|:texts]…</c> records the detector's
    /// candidates with features and labels; <c>monitor train acceptance fit OUT.tsv CALIBRATION.tsv TRAIN.tsv…</c> fits the
    /// acceptance model (ML.NET FastTree) and exports its trees. <c>scripts/train-typo-acceptance.sh</c> runs both.
    /// </summary>
    private static Command AcceptanceCommand()
    {
        var acceptance = new Command("acceptance", "训练错别字检查的判定模型（候选特征采集与拟合）");
        var lm = new Argument<string>("LM") { Description = "用于采集候选的字符语言模型" };
        var output = new Argument<string>("OUT") { Description = "输出文件" };
        var sets = new Argument<string[]>("SET") { Description = "NAME=FILE[:clean|:inject|:pairs|:texts]", Arity = ArgumentArity.OneOrMore };
        var candidates = new Command("candidates", "采集候选及其特征和标签") { lm, output, sets };
        candidates.SetAction(parse => CandidateDump.Run(parse.GetValue(lm)!, parse.GetValue(output)!, parse.GetValue(sets)!));
        acceptance.Subcommands.Add(candidates);

        var model = new Argument<string>("OUT") { Description = "输出的判定模型（树）文件" };
        var calibration = new Argument<string>("CALIBRATION") { Description = "校准用的无错句候选" };
        var training = new Argument<string[]>("TRAIN") { Description = "训练用的候选文件（可加 NAME=权重）", Arity = ArgumentArity.OneOrMore };
        var fit = new Command("fit", "拟合判定模型并导出") { model, calibration, training };
        fit.SetAction(parse => AcceptanceTrainer.Run(parse.GetValue(model)!, parse.GetValue(calibration)!, parse.GetValue(training)!));
        acceptance.Subcommands.Add(fit);
        return acceptance;
    }
}
