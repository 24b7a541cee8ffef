using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Monitor.Shared.Data;

namespace Monitor.Ingest.Sweep;

/// <summary>
/// Inserts many rows of one entity type with multi-row INSERT statements on the context's connection and transaction,
/// reading columns and value conversions from the EF model, so it follows the model on both providers. EF's per-entity
/// pipeline costs about as much as the whole rest of a sweep; this is for the sweep's bulk writes only. Generated keys
/// are not read back.
/// </summary>
public static class BulkInserter
{
    private const int MaxParameters = 30000;

    public static async Task InsertAsync<T>(MonitorDbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey()).ToList();
        var names = string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""));
        // SQLite: one prepared single-row statement re-run per row is its fastest way in (and it looks parameter names
        // up by a linear scan, so one statement with thousands of them costs quadratic time). PostgreSQL: few round trips.
        var perStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, Math.Min(500, MaxParameters / columns.Count));

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        System.Data.Common.DbCommand? reusable = null;
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                var command = reusable;
                if (command is null || chunk.Length != perStatement)
                {
                    command = Build(connection, transaction, table.Name, names, columns.Count, chunk.Length);
                }
                var n = 0;
                foreach (var row in chunk)
                {
                    foreach (var column in columns)
                    {
                        command.Parameters[n++].Value = ProviderValue(column, row) ?? DBNull.Value;
                    }
                }
                await command.ExecuteNonQueryAsync(ct);
                if (chunk.Length == perStatement)
                {
                    reusable = command;
                }
                else
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (reusable is not null)
            {
                await reusable.DisposeAsync();
            }
        }
    }

    private static System.Data.Common.DbCommand Build(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction,
        string table, string names, int columns, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder($"INSERT INTO \"{table}\" ({names}) VALUES ");
        var n = 0;
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                var name = $"@p{n++}";
                sql.Append(c == 0 ? name : ", " + name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        return command;
    }

    private static object? ProviderValue(IProperty property, object row)
    {
        var value = property.GetGetter().GetClrValueUsingContainingEntity(row);
        var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }
}
