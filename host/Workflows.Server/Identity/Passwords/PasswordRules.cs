using Microsoft.Extensions.Options;
using Workflows.Server.Problems;

namespace Workflows.Server.Identity.Passwords;

/// <summary>
/// What a new password must be, after NIST SP 800-63B: long enough, not the user's name, not one of the passwords
/// everyone tries first. No rules about character classes: they make passwords harder to remember, not to guess.
/// </summary>
public sealed class PasswordRules(IOptions<PasswordOptions> options)
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "password1", "password123", "1234567890", "12345678910", "qwertyuiop", "1q2w3e4r5t", "iloveyou123", "abc1234567",
        "qwerty12345", "0123456789", "1111111111", "aaaaaaaaaa", "welcome123", "admin12345", "woaini1314", "woaini520", "a123456789",
    };

    /// <summary>The first rule the password breaks, for the field <paramref name="field"/>; null when it may be used.</summary>
    public Mistake? Check(string? password, string userName, string field = "password")
    {
        var minimum = options.Value.MinimumLength;
        if (string.IsNullOrEmpty(password) || password.Length < minimum)
            return Mistake.Of("password.too-short", field, $"A password has at least {minimum} characters.", ("minimum", minimum));
        if (password.Length > 128) return Mistake.Of("password.too-long", field, "A password has at most 128 characters.", ("maximum", 128));
        if (password.Contains(userName, StringComparison.OrdinalIgnoreCase))
            return Mistake.Of("password.contains-user-name", field, "A password may not contain the user name.");
        if (Common.Contains(password) || password.Distinct().Count() < 4)
            return Mistake.Of("password.too-common", field, "That password is among the first ones anyone tries; choose another.");
        return null;
    }
}
