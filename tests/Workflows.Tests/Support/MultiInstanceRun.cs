using System.Text.Json;
using Workflows.Engine.Interpreting;

namespace Workflows.Tests.Support;

/// <summary>Reads a multi-instance body's counters and addresses its inner instances by loopCounter.</summary>
public static class MultiInstanceRun
{
    /// <summary>(nrOfInstances, nrOfActiveInstances, nrOfCompletedInstances) of the one body running.</summary>
    public static (int Instances, int Active, int Completed) Counters(InstanceDriver run, string? nodeId = null)
    {
        var body = run.State.Scopes.Single(s => s.Body is not null && (nodeId is null || s.SubProcessId == nodeId));
        return (body.Variables!["nrOfInstances"].GetInt32(), body.Variables["nrOfActiveInstances"].GetInt32(), body.Variables["nrOfCompletedInstances"].GetInt32());
    }

    public static List<int> LoopCounters(InstanceDriver run, string nodeId) =>
        run.State.Tokens.Where(t => t.NodeId == nodeId && t.LoopCounter is not null).Select(t => t.LoopCounter!.Value).Order().ToList();

    public static Token Inner(InstanceDriver run, string nodeId, int loopCounter) =>
        run.State.Tokens.Single(t => t.NodeId == nodeId && t.LoopCounter == loopCounter);

    /// <summary>An inner instance's element variable: what was written over it, else its element of the body's collection.</summary>
    public static JsonElement Element(InstanceDriver run, string nodeId, int loopCounter, string name)
    {
        var inner = Inner(run, nodeId, loopCounter);
        if (inner.Variables?.TryGetValue(name, out var written) == true) return written;
        return run.State.Scopes.Single(s => s.Id == inner.ScopeId).Body!.Items!.Value[loopCounter];
    }

    public static long TaskOf(InstanceDriver run, string nodeId, int loopCounter) =>
        run.State.UserTasks.Single(t => t.TokenId == Inner(run, nodeId, loopCounter).Id).Id;

    public static StepResult CompleteInner(InstanceDriver run, string nodeId, int loopCounter, object? variables = null) =>
        run.Apply(new CompleteUserTask(TaskOf(run, nodeId, loopCounter), variables is null ? null : InstanceDriver.Vars(variables)));
}
