using System.Diagnostics;
using System.Text.Json;
using Workflows.Engine.Expressions;

namespace Workflows.Tests.Engine.Expressions;

public sealed class JavaScriptRuntimeTests
{
    private sealed class Bag(object? values = null, string? businessKey = null) : IVariableAccess
    {
        public Dictionary<string, JsonElement> Values { get; } = values is null ? [] :
            JsonSerializer.SerializeToElement(values).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        public bool TryGet(string name, out JsonElement value) => Values.TryGetValue(name, out value);
        public void Set(string name, JsonElement value) => Values[name] = value;
        public string? BusinessKey => businessKey;
    }

    private readonly JavaScriptRuntime _runtime = new();

    [Theory]
    [InlineData("${amount > 100}", true)]
    [InlineData("${amount > 100 and category == 'refund'}", true)]
    [InlineData("${amount gt 1000 or not vip}", false)]
    [InlineData("${category eq 'refund' && amount le 500}", true)]
    [InlineData("${customer.segment === 'VIP'}", true)]
    [InlineData("amount > 100 && tags.includes('stolen')", true)]
    [InlineData("${note == 'and or not'}", true)]
    public void EvaluateCondition_ReadsVariablesByName_WithJuelWordOperators(string condition, bool expected)
    {
        var bag = new Bag(new { amount = 500, category = "refund", vip = true, customer = new { segment = "VIP" }, tags = new[] { "stolen" }, note = "and or not" });
        Assert.Equal(expected, _runtime.EvaluateCondition(ExpressionCompiler.CompileCondition(condition), bag));
    }

    [Fact]
    public void EvaluateCondition_Fails_WhenResultIsNotBoolean()
    {
        var e = Assert.Throws<ExpressionException>(() => _runtime.EvaluateCondition(ExpressionCompiler.CompileCondition("${approved}"), new Bag()));
        Assert.Contains("undefined", e.Message);
    }

    [Fact]
    public void CompileText_KeepsTypes_ForSingleExpression_AndBuildsStrings_ForTemplates()
    {
        var bag = new Bag(new { n = 3, name = "Li" });
        Assert.Equal(JsonValueKind.Number, ExpressionCompiler.CompileText("${n * 2}").Evaluate(_runtime, bag).ValueKind);
        Assert.Equal("Hello Li, you have 3 cases", ExpressionCompiler.CompileText("Hello ${name}, you have ${n} cases").EvaluateString(_runtime, bag));
        Assert.True(ExpressionCompiler.CompileText("plain text").IsLiteral);
    }

    [Fact]
    public void Evaluate_StopsInfiniteLoop_WithinTimeLimit()
    {
        var script = ExpressionCompiler.CompileScript("while (true) { }");
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<ExpressionException>(() => _runtime.Evaluate(script, new Bag()));
        Assert.Contains("stopped", e.Message);
        Assert.True(clock.ElapsedMilliseconds < 2_000);
    }

    [Fact]
    public void Evaluate_StopsRunawayRecursion()
    {
        var script = ExpressionCompiler.CompileScript("function f(n) { return f(n + 1); } f(0)");
        Assert.Throws<ExpressionException>(() => _runtime.Evaluate(script, new Bag()));
    }

    [Fact]
    public void Evaluate_StopsMemoryExhaustion()
    {
        var script = ExpressionCompiler.CompileScript("var a = []; for (var i = 0; i < 1e7; i++) { a.push('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' + i); } a.length");
        var runtime = new JavaScriptRuntime(new JavaScriptLimits { Timeout = TimeSpan.FromSeconds(10), MaxStatements = 100_000_000 });
        var e = Assert.Throws<ExpressionException>(() => runtime.Evaluate(script, new Bag()));
        Assert.Contains("memory", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Evaluate_LeaksNothingBetweenInstances_OnAPooledEngine()
    {
        var first = ExpressionCompiler.CompileScript("var secret = customerId; globalSecret = customerId; secret");
        var second = ExpressionCompiler.CompileScript("typeof secret === 'undefined' ? 'clean' : secret");
        Assert.Equal("C-1", _runtime.Evaluate(first, new Bag(new { customerId = "C-1" })).GetString());
        Assert.Equal("clean", _runtime.Evaluate(second, new Bag()).GetString());
    }

    [Fact]
    public void Evaluate_ReusesEngine_AfterScriptThrows()
    {
        var failing = ExpressionCompiler.CompileScript("throw new Error('nope')");
        Assert.Throws<ExpressionException>(() => _runtime.Evaluate(failing, new Bag()));
        Assert.True(_runtime.EvaluateCondition(ExpressionCompiler.CompileCondition("${1 < 2}"), new Bag()));
    }

    [Fact]
    public void Evaluate_ConvertsObjectsBothWays()
    {
        var script = ExpressionCompiler.CompileScript("({ id: customer.id, tags: customer.tags.concat(['vip']), nested: { ok: true, n: null } })");
        var result = _runtime.Evaluate(script, new Bag(new { customer = new { id = "C-1", tags = new[] { "a" } } }));
        Assert.Equal("""{"id":"C-1","tags":["a","vip"],"nested":{"ok":true,"n":null}}""", result.GetRawText());
    }

    [Fact]
    public void ExecutionObject_ReadsWritesAndKnowsBusinessKey()
    {
        var bag = new Bag(new { a = 1 }, businessKey: "CS-2026-000001");
        _runtime.Evaluate(ExpressionCompiler.CompileScript("execution.setVariable('b', execution.getVariable('a') + 1); execution.setVariable('key', execution.getBusinessKey())"), bag);
        Assert.Equal(2, bag.Values["b"].GetInt32());
        Assert.Equal("CS-2026-000001", bag.Values["key"].GetString());
    }

    [Fact]
    public void CompileCondition_ReportsSyntaxErrors_WithoutWrapperPositions()
    {
        var e = Assert.Throws<ExpressionException>(() => ExpressionCompiler.CompileCondition("${amount >}"));
        Assert.Contains("${amount >}", e.Message);
        Assert.DoesNotContain("<anonymous>", e.Message);
    }

    [Fact]
    public void CompiledScript_BindsOnlyFreeIdentifiers_NotGlobals()
    {
        var script = ExpressionCompiler.CompileCondition("${Math.max(a, b) > JSON.parse(limit)}");
        Assert.Equal(["a", "b", "limit"], script.Parameters.Where(p => p is "a" or "b" or "limit"));
        Assert.DoesNotContain("Math", script.Parameters);
        Assert.DoesNotContain("JSON", script.Parameters);
    }
}
