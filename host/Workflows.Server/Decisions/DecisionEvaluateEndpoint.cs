using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Dmn.Evaluation;
using Workflows.Server.Database;
using Workflows.Server.Identity;
using Workflows.Server.Problems;

namespace Workflows.Server.Decisions;

/// <summary>
/// <c>POST /api/decisions/{key}/evaluate</c>: evaluates the latest (or a given) version with the caller's variables and
/// keeps the evaluation in history. Managers, designers and admins may: it shows how a rule set would route a case,
/// which is what they check before and after publishing; agents get their routing through the flow.
/// </summary>
public static class DecisionEvaluateEndpoint
{
    public sealed record EvaluateRequest(Dictionary<string, JsonElement>? Variables, int? Version);

    /// <summary>One output map per returned rule (output name → value), the matched rules, and the inputs as evaluated.</summary>
    public sealed record EvaluateResult(string DecisionKey, int Version, IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> Results,
        IReadOnlyList<string> MatchedRules, JsonElement Inputs);

    public sealed record EvaluationView(Guid Id, string DecisionKey, int DecisionVersion, Guid? InstanceId, string? NodeId, DateTimeOffset EvaluatedAt,
        string? EvaluatedBy, JsonElement Inputs, string[] MatchedRules, JsonElement Outputs);

    public static void MapDecisionEvaluate(this RouteGroupBuilder group)
    {
        group.MapPost("/{key}/evaluate", EvaluateAsync).RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Designer, Roles.Admin))
            .Produces<EvaluateResult>();
        group.MapGet("/{key}/evaluations", async (string key, ServerDbContext db, int limit = 50) =>
            limit is < 1 or > 500 ? Problem.Field("limit", "limit must be between 1 and 500.")
                : Results.Ok((await db.DecisionEvaluations.AsNoTracking().Where(e => e.DecisionKey == key).OrderByDescending(e => e.EvaluatedAt).Take(limit)
                    .ToListAsync()).Select(View).ToList()))
            .RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Designer, Roles.Admin)).Produces<List<EvaluationView>>();
    }

    public static EvaluationView View(DecisionEvaluationEntity e) => new(e.Id, e.DecisionKey, e.DecisionVersion, e.InstanceId, e.NodeId, e.EvaluatedAt,
        e.EvaluatedBy, JsonDocument.Parse(e.Inputs).RootElement.Clone(), e.MatchedRules, JsonDocument.Parse(e.Outputs).RootElement.Clone());

    private static async Task<IResult> EvaluateAsync(string key, EvaluateRequest? request, DecisionRepository decisions, ServerDbContext db,
        ClaimsPrincipal user, CancellationToken ct)
    {
        if (request?.Version is < 1) return Problem.Field("version", "version starts at 1.");
        var decision = await decisions.FindAsync(key, request?.Version, null, ct);
        if (decision is null)
            return request?.Version is { } version && await db.Decisions.AnyAsync(d => d.Key == key, ct)
                ? Problem.Field(Mistake.Of("version.unknown", "version", $"Decision '{key}' has no version {version}.", ("key", key), ("version", version)),
                    StatusCodes.Status404NotFound)
                : Problem.NotFound(NotFoundKind.Decision, key);
        try
        {
            var outcome = decisions.Evaluate(decision, request?.Variables ?? []);
            decisions.Record(outcome, null, null, user.Identity?.Name);
            await db.SaveChangesAsync(ct);
            return Results.Ok(new EvaluateResult(outcome.DecisionKey, outcome.Version, outcome.Outputs, outcome.MatchedRuleIds, outcome.Inputs));
        }
        catch (DmnEvaluationException e)
        {
            return Results.Problem(title: e.Message, detail: e.Message, statusCode: StatusCodes.Status422UnprocessableEntity,
                type: "https://workflows.dev/problems/decision-evaluation-failed", extensions: new Dictionary<string, object?>
                {
                    ["code"] = "decision.evaluation-failed",
                    ["params"] = new Dictionary<string, object?> { ["decision"] = e.DecisionId, ["location"] = e.Location ?? e.Expression ?? e.DecisionId, ["reason"] = e.Reason },
                    ["decisionId"] = e.DecisionId, ["location"] = e.Location, ["expression"] = e.Expression,
                });
        }
    }
}
