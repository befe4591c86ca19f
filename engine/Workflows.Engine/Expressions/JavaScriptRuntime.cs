using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Workflows.Engine.Expressions;

/// <summary>
/// Evaluates compiled scripts on a small pool of Jint engines. Engines are reused (building one per
/// evaluation is what makes naive integrations slow); each engine turns a compiled script into a
/// function once and calls it with the variables the script reads. Thread-safe.
/// </summary>
public sealed class JavaScriptRuntime(JavaScriptLimits? limits = null)
{
    private readonly JavaScriptLimits _limits = limits ?? new JavaScriptLimits();
    private readonly ConcurrentBag<PooledEngine> _pool = [];

    public JsonElement Evaluate(CompiledScript script, IVariableAccess variables) =>
        Run(script, variables, static (_, result) => JsValueConverter.ToJson(result));

    /// <summary>Evaluates a condition; anything but a boolean is an error, as in Camunda.</summary>
    public bool EvaluateCondition(CompiledScript script, IVariableAccess variables) =>
        Run(script, variables, static (s, result) => result.IsBoolean()
            ? result.AsBoolean()
            : throw new ExpressionException($"'{ExpressionCompiler.Shorten(s.Source)}' must return true or false, not {JsValueConverter.Describe(result)}."));

    private T Run<T>(CompiledScript script, IVariableAccess variables, Func<CompiledScript, JsValue, T> convert)
    {
        var pooled = _pool.TryTake(out var p) ? p : new PooledEngine(_limits);
        var healthy = true;
        try
        {
            var engine = pooled.Engine;
            var arguments = new JsValue[script.Parameters.Count + (script.UsesExecution ? 1 : 0)];
            for (var i = 0; i < script.Parameters.Count; i++)
                arguments[i] = variables.TryGet(script.Parameters[i], out var value) ? JsValueConverter.ToJs(engine, value) : JsValue.Undefined;
            if (script.UsesExecution) arguments[^1] = ExecutionObject.Create(engine, variables);
            engine.Constraints.Reset();
            return convert(script, engine.Call(pooled.FunctionFor(script), arguments));
        }
        catch (JavaScriptException e)
        {
            throw new ExpressionException($"'{ExpressionCompiler.Shorten(script.Source)}' threw: {e.Message}", e);
        }
        catch (Exception e) when (e is TimeoutException or StatementsCountOverflowException or MemoryLimitExceededException or RecursionDepthOverflowException)
        {
            healthy = false;
            var reason = e switch
            {
                TimeoutException => $"it ran longer than {_limits.Timeout.TotalMilliseconds:0} ms",
                StatementsCountOverflowException => $"it ran more than {_limits.MaxStatements} statements",
                MemoryLimitExceededException => $"it used more than {_limits.MaxMemoryBytes / (1024 * 1024)} MB of memory",
                _ => $"it recursed deeper than {_limits.MaxRecursionDepth} calls",
            };
            throw new ExpressionException($"'{ExpressionCompiler.Shorten(script.Source)}' was stopped: {reason}.", e);
        }
        catch (Exception e) when (e is not ExpressionException)
        {
            healthy = false;
            throw new ExpressionException($"'{ExpressionCompiler.Shorten(script.Source)}' failed: {e.Message}", e);
        }
        finally
        {
            if (healthy) _pool.Add(pooled);
        }
    }

    private sealed class PooledEngine(JavaScriptLimits limits)
    {
        private readonly ConditionalWeakTable<CompiledScript, JsValue> _functions = new();

        public Jint.Engine Engine { get; } = new(options => options
            .TimeoutInterval(limits.Timeout)
            .MaxStatements(limits.MaxStatements)
            .LimitRecursion(limits.MaxRecursionDepth)
            .LimitMemory(limits.MaxMemoryBytes)
            .Strict(false));

        public JsValue FunctionFor(CompiledScript script)
        {
            if (_functions.TryGetValue(script, out var function)) return function;
            var prepared = script.Function;
            function = Engine.Evaluate(in prepared);
            _functions.AddOrUpdate(script, function);
            return function;
        }
    }
}
