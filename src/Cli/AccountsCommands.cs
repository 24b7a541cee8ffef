using System.CommandLine;

namespace Monitor.Cli;

/// <summary><c>monitor accounts import|list|status</c>.</summary>
public static class AccountsCommands
{
    public static Command Create()
    {
        var accounts = new Command("accounts", "账号台账：导入、列表、状态");
        accounts.Subcommands.Add(AccountsImportCommand.Create());
        accounts.Subcommands.Add(AccountsListCommand.Create());
        accounts.Subcommands.Add(AccountsStatusCommand.Create());
        return accounts;
    }
}
