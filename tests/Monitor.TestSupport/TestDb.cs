using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Monitor.Shared;
using Monitor.Shared.Data;
using Npgsql;

namespace Monitor.TestSupport;

/// <summary>
/// A fresh, migrated database per test: a temporary SQLite file, or a new PostgreSQL database on the server
/// named by <c>MONITOR_TEST_POSTGRES</c> (dropped again on dispose).
/// </summary>
public sealed class TestDb : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable("MONITOR_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    private readonly string? _sqlitePath;
    private readonly string? _pgDatabase;

    private TestDb(string provider, string connectionString, string? sqlitePath, string? pgDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqlitePath = sqlitePath;
        _pgDatabase = pgDatabase;
        Options = new StorageOptions { Provider = provider == Postgres ? "Postgres" : "Sqlite", ConnectionString = connectionString };
    }

    public string Provider { get; }
    public string ConnectionString { get; }
    public StorageOptions Options { get; }

    /// <summary>Environment-variable style settings that point a host or a child process at this database.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Monitor:Storage:Provider"] = Options.Provider,
        ["Monitor:Storage:ConnectionString"] = ConnectionString,
        ["Monitor:Storage:MigrateOnStart"] = "true",
    };

    public static async Task<TestDb> CreateAsync(string provider, bool migrate = true)
    {
        TestDb db;
        if (provider == Postgres)
        {
            var admin = PostgresConnectionString ?? throw new InvalidOperationException("MONITOR_TEST_POSTGRES is not set");
            var name = "monitor_test_" + Guid.NewGuid().ToString("N")[..12];
            await using (var conn = new NpgsqlConnection(admin))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
            db = new TestDb(Postgres, cs, null, name);
        }
        else
        {
            var path = Path.Combine(Path.GetTempPath(), "monitor-test-" + Guid.NewGuid().ToString("N")[..12] + ".db");
            db = new TestDb(Sqlite, $"Data Source={path};Pooling=False", path, null);
        }
        if (migrate)
        {
            await using var context = db.CreateContext();
            await new SchemaMigrator(context, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        }
        return db;
    }

    public MonitorDbContext CreateContext()
    {
        var builder = new DbContextOptionsBuilder<MonitorDbContext>();
        DataServiceCollectionExtensions.Configure(builder, Options, ConnectionString);
        return new MonitorDbContext(builder.Options);
    }

    public IDbContextFactory<MonitorDbContext> Factory => new Factory_(this);

    private sealed class Factory_(TestDb db) : IDbContextFactory<MonitorDbContext>
    {
        public MonitorDbContext CreateDbContext() => db.CreateContext();
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlitePath is not null)
        {
            // The job storage's file beside it (data/monitor.db → data/monitor.jobs.db).
            var jobs = Path.ChangeExtension(_sqlitePath, ".jobs.db");
            foreach (var f in new[] { _sqlitePath, _sqlitePath + "-wal", _sqlitePath + "-shm", jobs, jobs + "-wal", jobs + "-shm" })
            {
                try { File.Delete(f); } catch (IOException) { }
            }
        }
        if (_pgDatabase is not null)
        {
            await using var conn = new NpgsqlConnection(PostgresConnectionString);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgDatabase} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
