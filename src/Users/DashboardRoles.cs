namespace Monitor.Users;

/// <summary>The two roles; their names are what an administrator sees, so they are Chinese.</summary>
public static class DashboardRoles
{
    public const string Admin = "管理员";
    public const string Reviewer = "复核员";
    public const string AdminPolicy = "admin";
}
