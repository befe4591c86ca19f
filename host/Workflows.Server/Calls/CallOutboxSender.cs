using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Server.Database;
using Workflows.Server.Outbox;

namespace Workflows.Server.Calls;

/// <summary>
/// Carries call activities between instances once the writing step has committed, each receiving instance in a step of
/// its own: a child starts under the outbox row's id (so a second delivery finds it started), a cancelled call cancels its
/// child, and a child's end reaches its caller. What cannot be done becomes an incident at the call activity, never a
/// caller waiting forever.
/// </summary>
public sealed class CallOutboxSender(ServerDbContext db, IServiceScopeFactory scopes, ILogger<CallOutboxSender> log) : IOutboxSender
{
    public const string Kind = "call";

    private static readonly string PendingStartSql = $"""
        SELECT count(*)::int AS "Value" FROM {ServerTables.Outbox}
        WHERE instance_id = {"{0}"} AND kind = '{Kind}' AND delivered_at IS NULL AND attempts < {OutboxDispatcher.MaxAttempts}
          AND payload->>'Type' = '{CallPayload.Start}' AND (payload->>'CallId')::bigint = {"{1}"}
        """;

    /// <summary>Whether the caller still waits for this call (its state lists it): a late start must not orphan a child.</summary>
    private static readonly string StillCalledSql = $"""
        SELECT count(*)::int AS "Value" FROM {ServerTables.Instances}
        WHERE id = {"{0}"} AND status = 'active' AND jsonb_path_exists(state, '$.Calls[*] ? (@.Id == $id)', jsonb_build_object('id', {"{1}"}::bigint))
        """;

    public bool Handles(string kind) => kind == Kind;

    public async Task SendAsync(OutboxMessageEntity message, CancellationToken ct)
    {
        var call = JsonSerializer.Deserialize<CallPayload>(message.Payload) ?? throw new InvalidOperationException($"Outbox {message.Id} holds no call.");
        switch (call.Type)
        {
            case CallPayload.Start: await StartAsync(message.Id, call, ct); break;
            case CallPayload.Cancel: await CancelAsync(call, ct); break;
            default: await NotifyAsync(call, ct); break;
        }
    }

    private async Task StartAsync(Guid childId, CallPayload call, CancellationToken ct)
    {
        if (await db.Instances.AnyAsync(i => i.Id == childId, ct)) return;
        if (await db.Database.SqlQueryRaw<int>(StillCalledSql, call.Instance, call.CallId).SingleAsync(ct) == 0) return;
        var (definitionId, problem) = await new CalledDefinitions(db).ResolveAsync(call, ct);
        if (definitionId is { } id)
        {
            var start = new StartInstance(call.Variables, call.BusinessKey, Caller: new CallerState(call.Instance, call.CallId, call.NodeId!));
            var started = await RunAsync(runtime => runtime.StartAsync(id, childId, start, null, ct));
            if (started.Succeeded) return;
            problem = $"Process '{call.Key}' could not start: {started.Error?.Message}";
        }
        await RunAsync(runtime => runtime.ApplyAsync(call.Instance, new ChildNotStarted(call.CallId, $"Call activity '{call.NodeId}': {problem}"), null, null, ct));
    }

    private async Task CancelAsync(CallPayload call, CancellationToken ct)
    {
        var child = await db.Instances.AsNoTracking().Where(i => i.ParentInstanceId == call.Instance && i.ParentCallId == call.CallId)
            .Select(i => new { i.Id, i.Status }).FirstOrDefaultAsync(ct);
        if (child is null)
        {
            // Its start may still be on its way (another host holds that row): try again after it, rather than miss the child.
            if (await db.Database.SqlQueryRaw<int>(PendingStartSql, call.Instance, call.CallId).SingleAsync(ct) > 0)
                throw new InvalidOperationException($"The child of call {call.CallId} in instance {call.Instance} has not started yet.");
            return;
        }
        if (child.Status != "active") return;
        var outcome = await RunAsync(runtime => runtime.ApplyAsync(child.Id, new CancelInstance($"its call activity '{call.NodeId}' in instance {call.Instance} was cancelled"), null, null, ct));
        if (outcome.Outcome == StepOutcome.Failed) throw new InvalidOperationException($"Cancelling called instance {child.Id} failed: {outcome.Error?.Message}");
    }

    private async Task NotifyAsync(CallPayload notice, CancellationToken ct)
    {
        var caller = notice.Caller!.Value;
        var outcome = await RunAsync(runtime => runtime.ApplyAsync(caller, notice.ToCallerEvent(), null, null, ct));
        if (outcome.Outcome != StepOutcome.Failed) return;
        // The caller cannot take the result (a camunda:out expression failed): the call activity gets an incident instead.
        log.LogWarning("Instance {Caller} could not take the end of its called instance {Child}: {Error}", caller, notice.Instance, outcome.Error?.Message);
        await RunAsync(runtime => runtime.ApplyAsync(caller, new ChildNotStarted(notice.CallId,
            $"Call activity '{notice.NodeId}': called instance {notice.Instance} ended ({notice.Notice?.ToString().ToLowerInvariant()}) but its results could not be taken: {outcome.Error?.Message}"),
            null, null, ct));
    }

    private async Task<RuntimeOutcome> RunAsync(Func<WorkflowRuntime, Task<RuntimeOutcome>> step)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await step(scope.ServiceProvider.GetRequiredService<WorkflowRuntime>());
    }
}
