using Workflows.Server.Problems;

namespace Workflows.Server.Instances;

/// <summary>
/// Why an instance is cancelled: required wherever one is cancelled, so the journal (and a support case's resolution)
/// always says why. Trimmed, 3 to 500 characters.
/// </summary>
public static class CancelReason
{
    public const int MinLength = 3;
    public const int MaxLength = 500;

    /// <returns>The trimmed reason, or the problem to answer with.</returns>
    public static (string? Reason, IResult? Problem) Check(string? given)
    {
        var reason = given?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length < MinLength)
            return (null, Problem.Field("reason", $"Say why the instance is cancelled: at least {MinLength} characters."));
        if (reason.Length > MaxLength) return (null, Problem.Field("reason", $"The reason is at most {MaxLength} characters."));
        return (reason, null);
    }
}
