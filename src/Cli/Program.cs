using System.CommandLine;
using System.Globalization;
using System.Text;
using Monitor.Tools;

namespace Monitor.Cli;

// An explicit entry point in a namespace: a top-level Program would collide with the dashboard's in test projects that reference both.
public static class MonitorCli
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        Console.InputEncoding = new UTF8Encoding(false);
        // System.CommandLine ships Chinese help and parse-error texts; use them whatever the server's locale.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");

        var verbose = new Option<bool>("--verbose") { Description = "出错时显示详细信息（堆栈）", Recursive = true };
        var root = new RootCommand("monitor — 政务新媒体监测命令行") { verbose };
        root.Subcommands.Add(DbCommands.Create());
        root.Subcommands.Add(AccountsCommands.Create());
        root.Subcommands.Add(SitesCommands.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(SegmentCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(SourcesCommands.Create());
        root.Subcommands.Add(SweepCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(EvalCommands.Create());
        root.Subcommands.Add(BenchCommands.Create());
        root.Subcommands.Add(TrainCommands.Create());

        var parsed = root.Parse(args);
        CliErrors.Verbose = parsed.GetValue(verbose);
        if (parsed.Errors.Count > 0)
        {
            // One line per problem and exit 2, instead of the parser's help dump and exit 1.
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"用法错误：{error.Message}");
            }
            Console.Error.WriteLine("用 monitor --help 或 monitor <命令> --help 查看用法。");
            return CliErrors.UsageExit;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("已中断。");
            return 130;
        }
        catch (Exception e)
        {
            return CliErrors.Failure(e);
        }
    }
}
