using System.Diagnostics;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Export;

/// <summary>The real <c>monitor export</c> process: exit code, what it prints, what it leaves on disk.</summary>
public class ExportCliTests
{
    private static async Task<(int Exit, string Out, string Err)> MonitorAsync(TestDb db, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "monitor.dll"), .. args])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in db.Settings)
        {
            start.Environment[key.Replace(":", "__")] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task a_notice_at_a_cutoff_without_verdicts_exits_non_zero_with_one_chinese_line()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite);
        await ComplianceFixture.SeedAsync(db);
        var dir = Directory.CreateTempSubdirectory("monitor-export-");
        var file = Path.Combine(dir.FullName, "notice.docx");

        var (exit, _, err) = await MonitorAsync(db, "export", "notice", "--period", "2026Q4", "--cutoff", "2026-12-01T00:00:00+08:00", "--out", file);

        Assert.Equal(1, exit);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Contains("没有判定结果", err);
        Assert.Contains("2026-11-16 00:00", err);
        Assert.Empty(dir.GetFiles());
    }

    [Fact]
    public async Task a_bad_out_path_is_one_chinese_line_without_a_stack_trace_or_a_part_file()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite);
        await ComplianceFixture.SeedAsync(db);
        var dir = Directory.CreateTempSubdirectory("monitor-export-");

        var missing = await MonitorAsync(db, "export", "noncompliant", "--period", "2026Q4", "--out", Path.Combine(dir.FullName, "no-such-dir", "list.xlsx"));
        var directory = await MonitorAsync(db, "export", "noncompliant", "--period", "2026Q4", "--out", dir.FullName);

        Assert.Equal((1, 1), (missing.Exit, directory.Exit));
        Assert.Contains("目录", missing.Err);
        Assert.Contains("不存在", missing.Err);
        Assert.Contains("这是一个目录", directory.Err);
        Assert.All(new[] { missing.Err, directory.Err }, e => Assert.DoesNotContain("   at ", e));
        Assert.Empty(Directory.GetFiles(dir.FullName, "*", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(dir.FullName)!, Path.GetFileName(dir.FullName) + ".part"));
    }
}
