using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Monitor.Shared.Data;

/// <summary>
/// Every instant is stored as UTC. SQLite hands DateTimes back as Unspecified and Npgsql refuses non-UTC values
/// for timestamptz, so both directions pin the kind.
/// </summary>
public class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
