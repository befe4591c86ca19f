using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

public sealed record UserTaskDefinition : FlowNodeDefinition
{
    public CompiledText? Assignee { get; init; }
    public CompiledText? CandidateGroups { get; init; }
    public CompiledText? CandidateUsers { get; init; }
    public CompiledText? DueDate { get; init; }
    public CompiledText? FollowUpDate { get; init; }
    public CompiledText? Priority { get; init; }
    public string? FormKey { get; init; }
    public override bool IsActivity => true;
}
