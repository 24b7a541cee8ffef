using System.CommandLine;
using System.Text;
using Monitor.Ingest.Cli;

namespace Monitor.Ingest;

// An explicit entry point, not top-level statements: the dashboard references this assembly and has its own Program.
public static class MonitorCli
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        Console.InputEncoding = new UTF8Encoding(false);

        var root = new RootCommand("monitor — 政务新媒体监测命令行");
        root.Subcommands.Add(DbCommands.Create());
        root.Subcommands.Add(AccountsCommands.Create());
        root.Subcommands.Add(SegmentCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(EvalCommands.Create());
        root.Subcommands.Add(BenchCommands.Create());
        root.Subcommands.Add(TrainCommands.Create());
        root.Subcommands.Add(SourcesCommands.Create());
        root.Subcommands.Add(SweepCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        return await root.Parse(args).InvokeAsync();
    }
}
