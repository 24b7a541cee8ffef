namespace Monitor.Users;

/// <summary>Bound to <c>Monitor:Admin</c>: the initial administrator, created when no user exists yet.</summary>
public sealed class AdminOptions
{
    public const string Section = "Monitor:Admin";

    public string? UserName { get; set; }
    public string? Password { get; set; }
}
