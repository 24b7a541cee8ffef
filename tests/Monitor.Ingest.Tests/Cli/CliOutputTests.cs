using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Cli;

/// <summary>
/// Every verb as a script sees it: output redirected (a pipe), so plain TSV/JSON and an exit code, never the drawn
/// table (Spectre threw or looped on CJK rows without a terminal) and never a stack trace.
/// </summary>
public class CliOutputTests
{
    [Fact]
    public async Task accounts_list_into_a_pipe_prints_one_tsv_line_per_account_and_exits_0()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite);
        var register = Path.Combine(Path.GetTempPath(), $"register-{Guid.NewGuid():N}.csv");
        var rows = TestRegister.Build(20, out _);
        await File.WriteAllLinesAsync(register, rows.Select(r => string.Join(',', r)));
        try
        {
            var import = await MonitorProcess.RunAsync(db, "accounts", "import", register);
            Assert.Equal(1, import.ExitCode); // row 12 is broken: reported, the rest imported
            Assert.Contains("12", import.Output);

            var list = await MonitorProcess.RunAsync(db, "accounts", "list");

            Assert.True(list.ExitCode == 0, list.Errors);
            var lines = list.Output.TrimEnd('\n').Split('\n');
            Assert.Equal(["序号", "地区/部门", "主办单位", "账号名称", "平台", "标识码", "账号ID/链接", "状态", "接入方式"], lines[0].Split('\t'));
            Assert.Equal(1 + 19, lines.Length); // one bad row of the first 20 (row 12) is not imported
            Assert.All(lines.Skip(1), l => Assert.Equal(9, l.Split('\t').Length));
            Assert.Contains(lines, l => l.Contains("昭通市发布5"));
            Assert.DoesNotContain("┌", list.Output);
        }
        finally
        {
            File.Delete(register);
        }
    }

    [Fact]
    public async Task accounts_status_before_any_sweep_is_one_chinese_line_on_stderr_and_exit_1()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite);

        var status = await MonitorProcess.RunAsync(db, "accounts", "status");

        Assert.Equal(1, status.ExitCode);
        Assert.Equal("错误：尚未执行过扫描：请先运行 monitor sweep。", status.Errors.Trim());
        Assert.Equal("", status.Output);
    }

    [Fact]
    public async Task accounts_status_as_json_before_any_sweep_is_an_empty_array()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite);

        var status = await MonitorProcess.RunAsync(db, "accounts", "status", "--format", "json");

        Assert.Equal(0, status.ExitCode);
        Assert.Equal("[]", status.Output.Trim());
    }

    [Theory]
    [InlineData("accounts", "list", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData("sweep", "--cutoff")]
    public async Task a_usage_error_is_a_chinese_line_and_exit_2(params string[] args)
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite);

        var run = await MonitorProcess.RunAsync(db, args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("用法错误：", run.Errors);
        Assert.DoesNotContain("   at ", run.Errors);
    }

    [Fact]
    public async Task a_failure_prints_no_stack_trace_unless_verbose()
    {
        var settings = new Dictionary<string, string>
        {
            ["Monitor:Storage:Provider"] = "Postgres",
            ["Monitor:Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=2",
        };

        var quiet = await MonitorProcess.RunAsync(settings, null, "db", "migrate");
        var verbose = await MonitorProcess.RunAsync(settings, null, "db", "migrate", "--verbose");

        Assert.Equal(1, quiet.ExitCode);
        Assert.StartsWith("错误：", quiet.Errors);
        Assert.Single(quiet.Errors.Trim().Split('\n'));
        Assert.Equal(1, verbose.ExitCode);
        Assert.Contains("   at ", verbose.Errors);
    }

    [Fact]
    public async Task sites_list_and_status_into_a_pipe_are_plain_text()
    {
        await using var db = await TestDb.CreateAsync(TestDb.Sqlite);

        var list = await MonitorProcess.RunAsync(db, "sites", "list");
        var status = await MonitorProcess.RunAsync(db, "sites", "status");

        Assert.True(list.ExitCode == 0, list.Errors);
        Assert.Equal("序号\t地区/部门\t主办单位\t网站名称\t网站标识码\t首页地址\t状态", list.Output.Trim());
        Assert.Equal(1, status.ExitCode);
        Assert.Equal("错误：尚未扫描过任何网站：请先运行 monitor sweep。", status.Errors.Trim());
    }
}
