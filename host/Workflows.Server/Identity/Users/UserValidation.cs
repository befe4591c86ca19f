using System.Text.RegularExpressions;
using Workflows.Server.Identity.Passwords;
using Workflows.Server.Problems;

namespace Workflows.Server.Identity.Users;

/// <summary>What a user's fields must be, each mistake named by its field.</summary>
public sealed partial class UserValidation(IEnumerable<KnownRole> roles, PasswordRules passwords)
{
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();

    /// <summary>The first mistake in <paramref name="input"/>; <paramref name="creating"/> requires the user name and display name.</summary>
    public Mistake? Check(UserInput input, bool creating, string? currentUserName = null)
    {
        if (creating && string.IsNullOrWhiteSpace(input.UserName)) return Mistake.Of("userName.required", "userName", "Enter a user name.");
        if (input.UserName is { } name && !UserNamePattern().IsMatch(name))
            return Mistake.Of("userName.invalid", "userName", "A user name is 1 to 100 letters, digits and . _ @ + -, starting with a letter or digit.");
        if (creating && string.IsNullOrWhiteSpace(input.DisplayName)) return Mistake.Of("displayName.required", "displayName", "Enter the name people see.");
        if (input.DisplayName is { } display && (display.Trim().Length == 0 || display.Length > 200))
            return Mistake.Of("displayName.invalid", "displayName", "A display name is 1 to 200 characters.");
        if (!string.IsNullOrEmpty(input.Email) && (input.Email.Length > 254 || !EmailPattern().IsMatch(input.Email)))
            return Mistake.Of("email.invalid", "email", $"'{input.Email}' is not an e-mail address.", ("value", input.Email));
        var known = roles.Select(r => r.Key).ToHashSet();
        if (input.Roles?.FirstOrDefault(r => !known.Contains(r)) is { } unknown)
            return Mistake.Of("roles.unknown", "roles", $"There is no role '{unknown}'; roles are {string.Join(", ", known)}.", ("value", unknown), ("known", string.Join(", ", known)));
        if (input.Languages?.FirstOrDefault(l => !LanguagePattern().IsMatch(l)) is { } language)
            return Mistake.Of("languages.invalid", "languages", $"'{language}' is not a language tag such as zh-CN or en.", ("value", language));
        if (input.Skills?.FirstOrDefault(s => string.IsNullOrWhiteSpace(s) || s.Length > 50) is { } skill)
            return Mistake.Of("skills.invalid", "skills", "A skill is 1 to 50 characters.", ("value", skill));
        if (input.Teams?.FirstOrDefault(t => string.IsNullOrWhiteSpace(t.Key)) is not null)
            return Mistake.Of("teams.invalid", "teams", "Each team membership names the team's key.");
        if (input.Password is { } password) return passwords.Check(password, input.UserName ?? currentUserName ?? "");
        return null;
    }
}
