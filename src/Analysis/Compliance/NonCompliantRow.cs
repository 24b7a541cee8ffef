namespace Monitor.Analysis.Compliance;

/// <summary>A row of 不合格政务新媒体名单 (or of the 待核实 list, where 存在问题 says what could not be decided).</summary>
public sealed record NonCompliantRow(int Number, string Region, string Owner, string Name, string AccountCode,
    string Platform, string Problems, string LastUpdate)
{
    /// <summary>问题依据: each problem with what shows it (post date, excerpt, link), one per line.</summary>
    public string Evidence { get; init; } = "";
}
