using Microsoft.Extensions.Options;
using Monitor.Analysis.Inspection.Misstatement;
using Monitor.Shared;

namespace Monitor.Dashboard.Review;

/// <summary>
/// Reads and writes the two editable lexicon files. A new version is loaded from a scratch copy of the folder
/// first, so a broken edit is refused instead of leaving the inspectors on a file they cannot read.
/// </summary>
public sealed class LexiconEditor(IOptions<MisstatementOptions> options, MisstatementLexiconProvider provider)
{
    public static readonly string[] Files = ["leaders.tsv", "formulations.tsv"];

    public string Folder => options.Value.LexiconFolder ?? Path.Combine(RepoPaths.Models(), "lexicon");

    public string Read(string file) => File.ReadAllText(PathOf(file));

    /// <summary>Returns null when saved, else the reason in Chinese.</summary>
    public string? Save(string file, string content)
    {
        content = content.Replace("\r\n", "\n");
        var scratch = Directory.CreateTempSubdirectory("monitor-lexicon-");
        try
        {
            foreach (var f in Directory.GetFiles(Folder))
            {
                File.Copy(f, Path.Combine(scratch.FullName, Path.GetFileName(f)));
            }
            File.WriteAllText(Path.Combine(scratch.FullName, file), content);
            try
            {
                MisstatementLexicon.Load(scratch.FullName);
            }
            catch (Exception e) when (e is FormatException or IndexOutOfRangeException or IOException)
            {
                return "词库格式有误，未保存：" + e.Message;
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
        File.WriteAllText(PathOf(file), content);
        provider.ReloadIfChanged();
        return null;
    }

    private string PathOf(string file) =>
        Files.Contains(file) ? Path.Combine(Folder, file) : throw new ArgumentException("不可编辑的文件", nameof(file));
}
