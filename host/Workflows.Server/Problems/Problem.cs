using Workflows.Engine.Interpreting;
using Workflows.Engine.Parsing;

namespace Workflows.Server.Problems;

/// <summary>RFC 7807 problem details for the API's errors, always naming the field or BPMN element.</summary>
public static class Problem
{
    public static IResult Invalid(string title, IReadOnlyList<ValidationProblem> problems) =>
        Results.Problem(title: title, statusCode: StatusCodes.Status400BadRequest, type: "https://workflows.dev/problems/invalid-diagram",
            extensions: new Dictionary<string, object?> { ["errors"] = problems.Select(p => new { p.ElementId, p.Code, p.Message }).ToList() });

    public static IResult Field(string field, string message, int status = StatusCodes.Status400BadRequest) =>
        Results.Problem(title: message, statusCode: status, detail: message,
            extensions: new Dictionary<string, object?> { ["field"] = field });

    public static IResult NotFound(string what) => Results.Problem(title: $"{what} was not found.", statusCode: StatusCodes.Status404NotFound);

    public static IResult Conflict(string message) => Results.Problem(title: message, statusCode: StatusCodes.Status409Conflict);

    public static IResult Step(StepError error, int status = StatusCodes.Status422UnprocessableEntity) =>
        Results.Problem(title: error.Message, detail: error.Message, statusCode: status, type: "https://workflows.dev/problems/" + error.Code,
            extensions: new Dictionary<string, object?> { ["code"] = error.Code, ["elementId"] = error.NodeId });
}
