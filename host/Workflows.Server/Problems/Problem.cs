using Workflows.Engine.Interpreting;
using Workflows.Engine.Parsing;

namespace Workflows.Server.Problems;

/// <summary>
/// RFC 7807 problem details for the API's errors, always naming the field or BPMN element, and always with a stable
/// <c>code</c> (and its <c>params</c>) that clients translate; <see cref="ProblemCodes"/> codes the rest by status.
/// </summary>
public static class Problem
{
    public static IResult Invalid(string title, IReadOnlyList<ValidationProblem> problems, string code = "diagram.invalid") =>
        Results.Problem(title: title, statusCode: StatusCodes.Status400BadRequest, type: "https://workflows.dev/problems/invalid-" + code.Split('.')[0],
            extensions: new Dictionary<string, object?>
            {
                ["code"] = code, ["params"] = new Dictionary<string, object?> { ["count"] = problems.Count },
                ["errors"] = problems.Select(p => new { p.ElementId, p.Code, p.Message }).ToList(),
            });

    /// <summary>A field's value is wrong; without a more precise code, the code is "{field}.invalid".</summary>
    public static IResult Field(string field, string message, int status = StatusCodes.Status400BadRequest) =>
        Field(new Mistake($"{field}.invalid", field, message), status);

    public static IResult Field(Mistake mistake, int status = StatusCodes.Status400BadRequest) =>
        Results.Problem(title: mistake.Message, statusCode: status, detail: mistake.Message,
            extensions: new Dictionary<string, object?> { ["field"] = mistake.Field, ["code"] = mistake.Code, ["params"] = mistake.Parameters ?? new Dictionary<string, object?>() });

    public static IResult NotFound(string what) => NotFound(what, new Dictionary<string, object?> { ["what"] = what });

    /// <summary>A thing of a kind the clients have a word for (case, task, instance, incident, customer), by its id.</summary>
    public static IResult NotFound(NotFoundKind kind, object id)
    {
        var what = $"{kind} {id}";
        return NotFound(what, new Dictionary<string, object?> { ["what"] = what, ["kind"] = kind.ToString().ToLowerInvariant(), ["id"] = id.ToString() });
    }

    private static IResult NotFound(string what, Dictionary<string, object?> parameters) => Results.Problem(title: $"{what} was not found.",
        statusCode: StatusCodes.Status404NotFound, extensions: new Dictionary<string, object?> { ["code"] = "not-found", ["params"] = parameters });

    public static IResult Conflict(string message) => Conflict("conflict", message);

    /// <summary>The request came too late or too early for the state it met: what happened, coded, with the values a translation needs.</summary>
    public static IResult Conflict(string code, string message, params (string Name, object? Value)[] parameters) =>
        Results.Problem(title: message, statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["code"] = code, ["params"] = parameters.ToDictionary(p => p.Name, p => p.Value) });

    public static IResult Step(StepError error, int status = StatusCodes.Status422UnprocessableEntity) =>
        Results.Problem(title: error.Message, detail: error.Message, statusCode: status, type: "https://workflows.dev/problems/" + error.Code,
            extensions: new Dictionary<string, object?> { ["code"] = error.Code, ["params"] = new Dictionary<string, object?>(), ["elementId"] = error.NodeId });
}
