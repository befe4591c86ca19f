using System.Text.Json;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// Everything the interpreter knows of one running instance. Plain data that serializes to JSON.
/// The interpreter never changes a state it is given: it works on a <see cref="Clone"/>.
/// </summary>
public sealed class InstanceState
{
    public string DefinitionKey { get; set; } = "";
    public string? BusinessKey { get; set; }
    public InstanceStatus Status { get; set; }
    public long NextId { get; set; } = 1;
    public Dictionary<string, JsonElement> Variables { get; set; } = [];
    public List<ScopeInstance> Scopes { get; set; } = [];
    public List<Token> Tokens { get; set; } = [];
    public List<UserTaskState> UserTasks { get; set; } = [];
    public List<TimerState> Timers { get; set; } = [];
    public List<MessageSubscriptionState> Subscriptions { get; set; } = [];
    public List<JobState> Jobs { get; set; } = [];
    public List<IncidentState> Incidents { get; set; } = [];

    /// <summary>Child instances call activities wait for.</summary>
    public List<CallState> Calls { get; set; } = [];

    /// <summary>Completed activities with a compensation handler, oldest first.</summary>
    public List<CompensationState> Compensations { get; set; } = [];

    /// <summary>Compensation throws whose handlers are running.</summary>
    public List<CompensationRun> CompensationRuns { get; set; } = [];

    /// <summary>Set when a call activity started this instance: how it ends is reported there.</summary>
    public CallerState? Caller { get; set; }

    public static InstanceState New(string definitionKey) => new() { DefinitionKey = definitionKey };

    public InstanceState Clone() => new()
    {
        DefinitionKey = DefinitionKey,
        BusinessKey = BusinessKey,
        Status = Status,
        NextId = NextId,
        Variables = new Dictionary<string, JsonElement>(Variables),
        Scopes = new List<ScopeInstance>(Scopes),
        Tokens = new List<Token>(Tokens),
        UserTasks = new List<UserTaskState>(UserTasks),
        Timers = new List<TimerState>(Timers),
        Subscriptions = new List<MessageSubscriptionState>(Subscriptions),
        Jobs = new List<JobState>(Jobs),
        Incidents = new List<IncidentState>(Incidents),
        Calls = new List<CallState>(Calls),
        Compensations = new List<CompensationState>(Compensations),
        CompensationRuns = new List<CompensationRun>(CompensationRuns),
        Caller = Caller,
    };

    public string ToJson() => JsonSerializer.Serialize(this, InstanceStateJsonContext.Default.InstanceState);

    public static InstanceState FromJson(string json) =>
        JsonSerializer.Deserialize(json, InstanceStateJsonContext.Default.InstanceState) ?? throw new JsonException("The instance state is empty.");
}
