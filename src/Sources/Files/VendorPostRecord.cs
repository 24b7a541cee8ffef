using Monitor.Shared.Domain;

namespace Monitor.Sources.Files;

/// <summary>
/// One post of a vendor file (see docs/vendor-files.md) with the account it names, if it names one:
/// by 标识码 (<see cref="AccountCode"/>) or by platform and <see cref="Handle"/>.
/// </summary>
public sealed record VendorPostRecord(int Line, string? AccountCode, Platform? Platform, string? Handle, string? AccountName, SourcePost Post)
{
    public bool NamesAnAccount => AccountCode is not null || Handle is not null;

    /// <summary>True when the record belongs to <paramref name="account"/>, or names no account at all (a one-account file).</summary>
    public bool BelongsTo(GovAccount account) =>
        !NamesAnAccount
        || (AccountCode is not null && string.Equals(AccountCode, account.AccountCode?.Trim(), StringComparison.OrdinalIgnoreCase))
        || (Handle is not null && Handle == account.Handle?.Trim() && (Platform is null || Platform == account.Platform));
}
