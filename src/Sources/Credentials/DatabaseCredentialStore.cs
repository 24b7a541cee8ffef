using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Sources.Credentials;

/// <summary>
/// Rotated credentials in the <c>source_credentials</c> table, encrypted with ASP.NET Core Data Protection (keys outside
/// the database, see <see cref="CredentialProtectionOptions"/>), so every node and every later run uses the latest one.
/// </summary>
public sealed class DatabaseCredentialStore(IDbContextFactory<MonitorDbContext> factory, IDataProtectionProvider protection,
    TimeProvider time) : IRotatedCredentialStore
{
    private readonly IDataProtector _protector = protection.CreateProtector("Monitor.Sources.RotatedCredentials.v1");

    public async Task<string?> GetAsync(string key, string configured, CancellationToken ct)
    {
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
