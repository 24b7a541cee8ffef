using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Sources.Credentials;

/// <summary>
/// Rotated credentials in the <c>source_credentials</c> table, encrypted with ASP.NET Core Data Protection (keys outside
/// the database, see <see cref="CredentialProtectionOptions"/>), so every node and every later run uses the latest one.
/// </summary>
/// <remarks>
/// The latest rotation is also kept in memory: if the write fails, this process still uses the token the platform
/// now expects (the one it replaced is spent), and the failure is logged without the token.
/// </remarks>
public sealed class DatabaseCredentialStore(IDbContextFactory<MonitorDbContext> factory, IDataProtectionProvider protection,
    TimeProvider time, ILogger<DatabaseCredentialStore> logger) : IRotatedCredentialStore
{
    private readonly IDataProtector _protector = protection.CreateProtector("Monitor.Sources.RotatedCredentials.v1");
    private readonly ConcurrentDictionary<string, (string Origin, string Value)> _recent = new();

    public async Task<string?> GetAsync(string key, string configured, CancellationToken ct)
    {
        if (_recent.TryGetValue(key, out var recent) && recent.Origin == CredentialOrigin.Of(configured))
        {
            return recent.Value;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.SourceCredentials.AsNoTracking().FirstOrDefaultAsync(c => c.Key == key, ct);
        if (row is null || row.Origin != CredentialOrigin.Of(configured))
        {
            return null;
        }
        try
        {
            return _protector.Unprotect(row.ProtectedValue);
        }
        catch (CryptographicException)
        {
            // The key ring was lost or replaced: fall back to the configured credential rather than failing the fetch.
            return null;
        }
    }

    public async Task SaveAsync(string key, string configured, string rotated, CancellationToken ct)
    {
        _recent[key] = (CredentialOrigin.Of(configured), rotated);
        try
        {
            await WriteAsync(key, configured, rotated, ct);
        }
        catch (DbUpdateException e)
        {
            logger.LogError("Could not store the rotated credential {Key} ({Error}); this process keeps using it", key, e.InnerException?.GetType().Name ?? e.GetType().Name);
        }
    }

    private async Task WriteAsync(string key, string configured, string rotated, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.SourceCredentials.FirstOrDefaultAsync(c => c.Key == key, ct);
        if (row is null)
        {
            row = new SourceCredential { Key = key, ProtectedValue = "", Origin = "" };
            db.SourceCredentials.Add(row);
        }
        row.ProtectedValue = _protector.Protect(rotated);
        row.Origin = CredentialOrigin.Of(configured);
        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
