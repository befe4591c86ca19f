using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Workflows.Engine.Expressions;

namespace Workflows.Bench;

/// <summary>The cost of one condition parsed once per definition and evaluated on a pooled engine.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class ConditionBenchmarks
{
    private sealed class Variables : IVariableAccess
    {
        private readonly Dictionary<string, JsonElement> _values = new()
        {
            ["amount"] = JsonValues.Number(1500),
            ["category"] = JsonValues.String("refund"),
            ["customer"] = JsonSerializer.SerializeToElement(new { segment = "VIP", language = "zh-CN" }),
        };
        public bool TryGet(string name, out JsonElement value) => _values.TryGetValue(name, out value);
        public void Set(string name, JsonElement value) => _values[name] = value;
        public string? BusinessKey => "CS-1";
    }

    private readonly JavaScriptRuntime _runtime = new();
    private readonly Variables _variables = new();
    private CompiledScript _simple = null!;
    private CompiledScript _compound = null!;

    [GlobalSetup]
    public void Setup()
    {
        _simple = ExpressionCompiler.CompileCondition("${amount > 1000}");
        _compound = ExpressionCompiler.CompileCondition("${amount > 1000 and category == 'refund' and customer.segment == 'VIP'}");
    }

    [Benchmark(Description = "${amount > 1000}")]
    public bool Simple() => _runtime.EvaluateCondition(_simple, _variables);

    [Benchmark(Description = "3 clauses, object variable")]
    public bool Compound() => _runtime.EvaluateCondition(_compound, _variables);
}
