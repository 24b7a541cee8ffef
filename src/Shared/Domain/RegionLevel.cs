namespace Monitor.Shared.Domain;

/// <summary>The level of the owner in the notices' tables: 省直, 市直, 县区.</summary>
public enum RegionLevel
{
    Province,
    City,
    County,
}
