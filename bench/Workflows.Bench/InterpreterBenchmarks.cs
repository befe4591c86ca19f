using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Workflows.Engine.Expressions;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;
using Workflows.Engine.Parsing;

namespace Workflows.Bench;

/// <summary>
/// Interpreter throughput on a 20-node flow: one operation starts an instance (runs to the user
/// task) and completes it; 22 node executions, since each token arriving at a join enters it. Per second =
/// <see cref="NodesPerOperation"/> / mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class InterpreterBenchmarks
{
    public const int NodesPerOperation = 22;
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private ProcessDefinition _definition = null!;
    private Interpreter _interpreter = null!;
    private Dictionary<string, JsonElement> _variables = null!;
    private Dictionary<string, JsonElement> _approval = null!;

    [GlobalSetup]
    public void Setup()
    {
        _definition = new BpmnParser().ParseValid(TwentyNodeFlow.Xml);
        _interpreter = new Interpreter(new JavaScriptRuntime());
        _variables = new() { ["amount"] = JsonValues.Number(500), ["tier"] = JsonValues.String("L1"), ["vip"] = JsonValues.True };
        _approval = new() { ["approved"] = JsonValues.True };
        var nodes = Run().Item2;
        if (nodes != NodesPerOperation) throw new InvalidOperationException($"The flow ran {nodes} nodes, expected {NodesPerOperation}.");
    }

    [Benchmark(Description = "start + complete (20 nodes, 2 steps)")]
    public InstanceStatus StartAndComplete() => Run().Item1;

    private (InstanceStatus, int) Run()
    {
        var started = _interpreter.Step(_definition, InstanceState.New(_definition.Key), new StartInstance(_variables), Now);
        var task = started.State.UserTasks[0].Id;
        var done = _interpreter.Step(_definition, started.State, new CompleteUserTask(task, _approval), Now);
        if (done.State.Status != InstanceStatus.Completed) throw new InvalidOperationException(done.Error?.Message ?? "not completed");
        var nodes = started.Effects.Concat(done.Effects).OfType<JournalEntry>().Count(j => j.Kind == JournalKind.NodeEntered);
        return (done.State.Status, nodes);
    }
}
