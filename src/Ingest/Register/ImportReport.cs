namespace Monitor.Ingest.Register;

/// <summary>What an import did: counts, and every problem with its row number.</summary>
public sealed class ImportReport
{
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public List<ImportProblem> Problems { get; } = [];

    public IEnumerable<ImportProblem> Errors => Problems.Where(p => p.IsError);
    public IEnumerable<ImportProblem> Warnings => Problems.Where(p => !p.IsError);
    public int Imported => Added + Updated + Unchanged;

    public string Summary =>
        $"新增 {Added} 个，更新 {Updated} 个，未变 {Unchanged} 个，错误 {Errors.Count()} 行，警告 {Warnings.Count()} 行";
}
