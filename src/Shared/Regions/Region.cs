using Monitor.Shared.Domain;

namespace Monitor.Shared.Regions;

/// <summary>A GB/T 2260 administrative division.</summary>
public sealed record Region(string Code, string Name, RegionLevel Level, string? ParentCode);
