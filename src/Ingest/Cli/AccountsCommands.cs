using System.CommandLine;

namespace Monitor.Ingest.Cli;

public static class AccountsCommands
{
    public static Command Create()
    {
        var accounts = new Command("accounts", "账号台账：导入、列表、状态");
        accounts.Subcommands.Add(AccountsStatusCommand.Create());
        return accounts;
    }
}
