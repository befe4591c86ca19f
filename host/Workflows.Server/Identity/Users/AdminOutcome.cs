using Workflows.Server.Problems;

namespace Workflows.Server.Identity.Users;

/// <summary>
/// How a change to people came out, before anyone chose an error format: the admin API answers problem details,
/// SCIM its own error schema.
/// </summary>
public sealed record AdminOutcome<T>(T? Value, AdminFailure Failure = AdminFailure.None, Mistake? Mistake = null)
{
    public static AdminOutcome<T> Invalid(Mistake mistake) => new(default, AdminFailure.Invalid, mistake);
    public static AdminOutcome<T> Conflict(Mistake mistake) => new(default, AdminFailure.Conflict, mistake);
    public static AdminOutcome<T> NotFound() => new(default, AdminFailure.NotFound);

    /// <summary>The admin API's answer: the value, or problem details naming the field.</summary>
    public IResult ToResult(NotFoundKind kind, object id, Func<T, IResult> ok) => Failure switch
    {
        AdminFailure.None => ok(Value!),
        AdminFailure.NotFound => Problem.NotFound(kind, id),
        AdminFailure.Conflict => Problem.Field(Mistake!, StatusCodes.Status409Conflict),
        _ => Problem.Field(Mistake!),
    };
}
