using System.CommandLine;
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
        var root = new RootCommand("monitor — 政务新媒体监测命令行");
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
        return await root.Parse(args).InvokeAsync();
    }
}
