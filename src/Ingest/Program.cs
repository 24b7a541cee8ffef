using System.CommandLine;
using System.Text;
using Monitor.Ingest.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
Console.InputEncoding = new UTF8Encoding(false);

var root = new RootCommand("monitor — 政务新媒体监测命令行");
root.Subcommands.Add(DbCommands.Create());
root.Subcommands.Add(AccountsCommands.Create());
root.Subcommands.Add(SweepCommand.Create());
root.Subcommands.Add(WorkerCommand.Create());
root.Subcommands.Add(BenchCommands.Create());
return await root.Parse(args).InvokeAsync();
