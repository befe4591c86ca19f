using System.Text.Json;
using Workflows.Engine.Expressions;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;
using Workflows.Engine.Parsing;

namespace Workflows.Tests.Support;

/// <summary>Drives one instance through the pure interpreter with a test clock, keeping every effect.</summary>
public sealed class InstanceDriver
{
    private static readonly JavaScriptRuntime Scripts = new();
    private readonly Interpreter _interpreter = new(Scripts);

    public InstanceDriver(string xml)
    {
        Definition = new BpmnParser().ParseValid(xml);
        State = InstanceState.New(Definition.Key);
    }

    /// <summary>Loads a .bpmn fixture stored beside the test, e.g. "Engine/Scenarios/RefundApproval.bpmn".</summary>
    public static string Fixture(string relativePath) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));

    public ProcessDefinition Definition { get; }
    public InstanceState State { get; private set; }
    public DateTimeOffset Now { get; set; } = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    public StepResult Last { get; private set; } = null!;
    public List<InstanceEffect> AllEffects { get; } = [];

    public StepResult Apply(InstanceEvent @event)
    {
        Last = _interpreter.Step(Definition, State, @event, Now);
        State = Last.State;
        AllEffects.AddRange(Last.Effects);
        return Last;
    }

    /// <summary>Stores the state as JSON and reads it back, as a host restart does between two events.</summary>
    public void Reload() => State = InstanceState.FromJson(State.ToJson());

    public static Dictionary<string, JsonElement> Vars(object values) =>
        JsonSerializer.SerializeToElement(values).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());

    public StepResult Start(object? variables = null, string? businessKey = null) =>
        Apply(new StartInstance(variables is null ? null : Vars(variables), businessKey));

    public long TaskAt(string nodeId) => State.UserTasks.Single(t => t.NodeId == nodeId).Id;

    public StepResult CompleteTask(string nodeId, object? variables = null) =>
        Apply(new CompleteUserTask(TaskAt(nodeId), variables is null ? null : Vars(variables)));

    public long JobAt(string nodeId) => State.Jobs.Single(j => j.NodeId == nodeId).Id;

    public StepResult CompleteActivity(string nodeId, object? outputs = null) =>
        Apply(new CompleteActivity(JobAt(nodeId), outputs is null ? null : Vars(outputs)));

    public long TimerAt(string nodeId) => State.Timers.Single(t => t.NodeId == nodeId).Id;

    /// <summary>Moves the clock to the timer's due time and fires it.</summary>
    public StepResult FireTimer(string nodeId)
    {
        var timer = State.Timers.Single(t => t.NodeId == nodeId);
        Now = timer.DueAt;
        return Apply(new FireTimer(timer.Id));
    }

    public long SubscriptionAt(string nodeId) => State.Subscriptions.Single(s => s.NodeId == nodeId).Id;

    public StepResult Message(string nodeId, object? variables = null) =>
        Apply(new ReceiveMessage(SubscriptionAt(nodeId), variables is null ? null : Vars(variables)));

    /// <summary>Node ids of tokens that wait (any status but running), sorted.</summary>
    public List<string> Waiting() => State.Tokens.Select(t => t.NodeId).Order(StringComparer.Ordinal).ToList();

    public List<string> OpenTasks() => State.UserTasks.Select(t => t.NodeId).Order(StringComparer.Ordinal).ToList();

    public int Entered(string nodeId) =>
        AllEffects.OfType<JournalEntry>().Count(j => j.Kind == JournalKind.NodeEntered && j.NodeId == nodeId);

    public JsonElement Var(string name) => State.Variables[name];
}
