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
        var perStatement = Math.Max(1, Math.Min(500, MaxParameters / columns.Count));

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        foreach (var chunk in rows.Chunk(perStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var sql = new StringBuilder($"INSERT INTO \"{table.Name}\" ({names}) VALUES ");
            var n = 0;
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"@p{n++}";
                    sql.Append(c == 0 ? name : ", " + name);
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = ProviderValue(columns[c], chunk[r]) ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                }
                sql.Append(')');
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static object? ProviderValue(IProperty property, object row)
    {
        var value = property.GetGetter().GetClrValueUsingContainingEntity(row);
        var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }
}
