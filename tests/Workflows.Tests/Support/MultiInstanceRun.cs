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
        run.State.Tokens.Where(t => t.NodeId == nodeId && t.Variables is not null).Select(t => t.Variables!["loopCounter"].GetInt32()).Order().ToList();

    public static Token Inner(InstanceDriver run, string nodeId, int loopCounter) =>
        run.State.Tokens.Single(t => t.NodeId == nodeId && t.Variables?["loopCounter"].GetInt32() == loopCounter);

    public static long TaskOf(InstanceDriver run, string nodeId, int loopCounter) =>
        run.State.UserTasks.Single(t => t.TokenId == Inner(run, nodeId, loopCounter).Id).Id;

    public static StepResult CompleteInner(InstanceDriver run, string nodeId, int loopCounter, object? variables = null) =>
        run.Apply(new CompleteUserTask(TaskOf(run, nodeId, loopCounter), variables is null ? null : InstanceDriver.Vars(variables)));
}
