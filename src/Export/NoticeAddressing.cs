using Monitor.Analysis.Compliance;
using Monitor.Shared.Regions;

namespace Monitor.Export;

/// <summary>
/// Who a notice is from and to, by its scope: a province-wide notice goes from the configured issuer (省人民政府办公厅)
/// to 各州、市人民政府; a city's goes from that city's 人民政府办公室 to its counties, a county's to its townships —
/// a notice for one city signed by the province would claim an authority nobody gave it.
/// </summary>
public sealed record NoticeAddressing(string Issuer, string Recipients, string Responsible)
{
    public static NoticeAddressing For(ComplianceScope scope, string configuredIssuer, RegionCatalog catalog)
    {
        var prefix = scope.Prefix;
        if (prefix is null or { Length: 2 })
        {
            return new(configuredIssuer, "各州、市人民政府，省直有关部门", "有关州、市人民政府和省直部门");
        }
        var name = catalog.Find(prefix.PadRight(6, '0'))?.Name ?? prefix;
        var issuer = configuredIssuer.StartsWith(name, StringComparison.Ordinal) ? configuredIssuer : name + "人民政府办公室";
        return prefix.Length == 4
            ? new(issuer, "各县（市、区）人民政府，市直有关部门", "有关县（市、区）人民政府和市直部门")
            : new(issuer, "各乡（镇）人民政府、街道办事处，县直有关部门", "有关乡（镇）人民政府、街道办事处和县直部门");
    }
}
