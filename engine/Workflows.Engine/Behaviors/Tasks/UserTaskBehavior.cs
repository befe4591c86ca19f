using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;
using Workflows.Engine.Timers;

namespace Workflows.Engine.Behaviors;

/// <summary>Creates a user task (assignment resolved now) and waits for its completion.</summary>
public sealed class UserTaskBehavior : FlowNodeBehavior<UserTaskDefinition>
{
    protected override void Execute(Execution execution, Token token, UserTaskDefinition node)
    {
        var x = execution;
        var inputs = x.Inputs(node, allVariablesWhenUnmapped: false);
        var priorityText = x.EvaluateText(node.Priority, node.Id);
        var priority = 50;
        if (priorityText is not null && !int.TryParse(priorityText, out priority))
            throw Execution.Fail(StepErrorCodes.Expression, $"The priority of '{node.Id}' is '{priorityText}', not a whole number.", node.Id);
        var task = new UserTaskState(x.NewId(), token.Id, node.Id, x.Now);
        x.State.UserTasks.Add(task);
        x.Wait(token);
        x.Emit(new CreateUserTask(task.Id, node.Id, node.DisplayName, x.EvaluateText(node.Assignee, node.Id),
            List(x.EvaluateText(node.CandidateGroups, node.Id)), List(x.EvaluateText(node.CandidateUsers, node.Id)),
            Date(x, node.DueDate, node.Id), Date(x, node.FollowUpDate, node.Id), priority, node.FormKey, inputs));
    }

    private static IReadOnlyList<string> List(string? text) =>
        text is null ? [] : text.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Trim('"')).ToList();

    /// <summary>A date is an ISO 8601 date or a duration from now (P2D), as Camunda's date expressions allow.</summary>
    private static DateTimeOffset? Date(Execution x, Expressions.CompiledText? text, string nodeId)
    {
        var value = x.EvaluateText(text, nodeId);
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (IsoDate.TryParse(value, out var date)) return date;
        if (IsoDuration.TryParse(value, out var duration)) return duration.AddTo(x.Now);
        throw Execution.Fail(StepErrorCodes.Expression, $"The date '{value}' of '{nodeId}' is neither an ISO 8601 date nor a duration.", nodeId);
    }
}
