using System.Text.Json;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// One step in progress: the definition, a private copy of the state, the clock of the event and the
/// effects gathered so far. Behaviors move tokens only through this API.
/// </summary>
public sealed partial class Execution : IVariableAccess
{
    private readonly List<InstanceEffect> _effects = [];
    private readonly Queue<long> _ready = new();
    private readonly ElementCatalog _catalog;
    private readonly int _maxNodeExecutions;
    private int _nodeExecutions;

    internal Execution(ProcessDefinition definition, InstanceState state, DateTimeOffset now, JavaScriptRuntime scripts, ElementCatalog catalog, int maxNodeExecutions)
    {
        Definition = definition;
        State = state;
        Now = now;
        Scripts = scripts;
        _catalog = catalog;
        _maxNodeExecutions = maxNodeExecutions;
    }

    public ProcessDefinition Definition { get; }
    public InstanceState State { get; }
    public DateTimeOffset Now { get; }
    public JavaScriptRuntime Scripts { get; }
    public IReadOnlyList<InstanceEffect> Effects => _effects;

    /// <summary>Set when a terminate end event ends the process level.</summary>
    internal string? TerminatedBy { get; set; }

    public long NewId() => State.NextId++;

    public void Emit(InstanceEffect effect) => _effects.Add(effect);

    public void Journal(JournalKind kind, string? nodeId, string message) => _effects.Add(new JournalEntry(kind, nodeId, message));

    public static StepFailedException Fail(string code, string message, string? nodeId) => new(new StepError(code, message, nodeId));

    // ---- tokens ----

    public Token? FindToken(long id)
    {
        foreach (var token in State.Tokens) if (token.Id == id) return token;
        return null;
    }

    public Token Update(Token token)
    {
        State.Tokens[IndexOf(token.Id)] = token;
        return token;
    }

    public void Remove(Token token)
    {
        var index = IndexOf(token.Id);
        if (index >= 0) State.Tokens.RemoveAt(index);
    }

    private int IndexOf(long tokenId)
    {
        var tokens = State.Tokens;
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Id == tokenId) return i;
        return -1;
    }

    /// <summary>Puts a new running token on <paramref name="nodeId"/>; it enters the node when the step reaches it.</summary>
    public Token Spawn(long scopeId, string nodeId, string? arrivedVia, int? loopCounter = null)
    {
        var token = new Token(NewId(), scopeId, nodeId, TokenStatus.Running, Now, arrivedVia, LoopCounter: loopCounter);
        State.Tokens.Add(token);
        _ready.Enqueue(token.Id);
        return token;
    }

    /// <summary>Puts a running token on a node it has already passed (a triggered event); the caller moves it on.</summary>
    public Token Place(long scopeId, string nodeId)
    {
        var token = new Token(NewId(), scopeId, nodeId, TokenStatus.Running, Now);
        State.Tokens.Add(token);
        return token;
    }

    /// <summary>Runs every ready token until each waits, sits in a join buffer or is consumed.</summary>
    internal void RunToQuiescence()
    {
        while (true)
        {
            while (_ready.TryDequeue(out var id))
            {
                if (FindToken(id) is not { Status: TokenStatus.Running } token) continue;
                Enter(token, skipAsyncBefore: false);
            }
            if (InclusiveJoin.FireReady(this)) continue;
            if (ConditionalEvents.FireReady(this)) continue;
            if (ScopeCompletion.CompleteEmptyScopes(this)) continue;
            break;
        }
        Deadlocks.Report(this);
    }

    internal void Enter(Token token, bool skipAsyncBefore)
    {
        if (++_nodeExecutions > _maxNodeExecutions)
            throw Fail(StepErrorCodes.TooManySteps, $"More than {_maxNodeExecutions} nodes ran in one step; does '{token.NodeId}' loop without waiting?", token.NodeId);
        var node = Definition.Node(token.NodeId);
        var inner = node.MultiInstance is not null && MultiInstance.IsInner(this, token);
        if ((inner ? node.MultiInstance!.InnerAsyncBefore : node.AsyncBefore) && !skipAsyncBefore)
        {
            Jobs.Schedule(this, token, JobKind.AsyncBefore);
            return;
        }
        if (node.MultiInstance is not null && !inner)
        {
            // The node runs as a body first (it journals its entry with the count); its inner instances enter the node itself.
            InContextOf(token);
            _catalog.MultiInstanceBody.Execute(this, token, node);
            return;
        }
        Journal(JournalKind.NodeEntered, node.Id, node.DisplayName);
        InContextOf(token);
        _catalog.BehaviorFor(node).Execute(this, token, node);
    }
}
