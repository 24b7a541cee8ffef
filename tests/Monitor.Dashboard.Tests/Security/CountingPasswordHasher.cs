using Microsoft.AspNetCore.Identity;

namespace Monitor.Dashboard.Tests.Security;

/// <summary>Identity's hasher, counting verifications: the costly step whose absence made unknown names answer fast.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<IdentityUser>
{
    private readonly PasswordHasher<IdentityUser> _inner = new();
    private int _verifications;

    public int Verifications => _verifications;

    public string HashPassword(IdentityUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
