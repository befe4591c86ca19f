using System.Security.Claims;
using System.Text.Json;
using Workflows.Engine.Interpreting;
using Workflows.Server.Problems;

namespace Workflows.Server.Signals;

/// <summary><c>POST /api/signals</c>: broadcasts a signal with variables, as a signal throw event in a process does.</summary>
public static class SignalEndpoints
{
    public sealed record SignalRequest(string? Name, Dictionary<string, JsonElement>? Variables);
    public sealed record SignalResponse(IReadOnlyList<Guid> Reached, IReadOnlyList<Guid> Started, IReadOnlyList<StepError> Failed);

    public static void MapSignalEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/signals", async (SignalRequest request, SignalBroadcaster broadcaster, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.Name)) return Problem.Field("name", "Say which signal this is (its name in the diagram).");
            var sent = await broadcaster.SendAsync(request.Name.Trim(), request.Variables, user.Identity?.Name, ct);
            return Results.Ok(new SignalResponse(sent.Reached, sent.Started, sent.Failed));
        }).WithTags("Signals").Produces<SignalResponse>();
}
