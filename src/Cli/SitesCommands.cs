using System.CommandLine;

namespace Monitor.Cli;

/// <summary><c>monitor sites import|list|status|probe|export</c>: government websites (政府网站).</summary>
public static class SitesCommands
{
    public static Command Create()
    {
        var sites = new Command("sites", "政府网站台账：导入、列表、状态、探测");
        sites.Subcommands.Add(SitesImportCommand.Create());
        sites.Subcommands.Add(SitesListCommand.Create());
        sites.Subcommands.Add(SitesStatusCommand.Create());
        sites.Subcommands.Add(SitesProbeCommand.Create());
        sites.Subcommands.Add(SitesExportCommand.Create());
        return sites;
    }
}
