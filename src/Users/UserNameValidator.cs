using Microsoft.AspNetCore.Identity;

namespace Monitor.Users;

/// <summary>
/// User names: Chinese names (张三) as well as letters and digits, with . _ - @ — nothing that could be mistaken
/// for another name on screen (spaces, control or invisible characters). Identity's own character list is ASCII only.
/// </summary>
public sealed class UserNameValidator : IUserValidator<IdentityUser>
{
    public const int MaxLength = 50;

    public static bool IsValid(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxLength && name.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@');

    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user) =>
        Task.FromResult(IsValid(user.UserName)
            ? IdentityResult.Success
            : IdentityResult.Failed(manager.ErrorDescriber.InvalidUserName(user.UserName)));
}
