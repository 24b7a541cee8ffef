namespace Monitor.Shared;

/// <summary>Bound to <c>Monitor:Storage</c>. SQLite by default; PostgreSQL for more than one node.</summary>
public class StorageOptions
{
    public const string Section = "Monitor:Storage";

    /// <summary><c>Sqlite</c> or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Empty means the SQLite file <c>data/monitor.db</c> under the content root.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start. On by default for SQLite; PostgreSQL uses <c>monitor db migrate</c>.</summary>
    public bool? MigrateOnStart { get; set; }

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);
}
