using Jint;
using Jint.Native;
using Jint.Runtime.Interop;

namespace Workflows.Engine.Expressions;

/// <summary>Camunda's <c>execution</c> object for scripts: getVariable, setVariable, getBusinessKey, processBusinessKey.</summary>
internal static class ExecutionObject
{
    public static JsValue Create(Jint.Engine engine, IVariableAccess variables)
    {
        var execution = new JsObject(engine);
        execution.Set("getVariable", new ClrFunction(engine, "getVariable", (_, args) =>
            variables.TryGet(Name(args), out var value) ? JsValueConverter.ToJs(engine, value) : JsValue.Null));
        execution.Set("setVariable", new ClrFunction(engine, "setVariable", (_, args) =>
        {
            variables.Set(Name(args), JsValueConverter.ToJson(args.Length > 1 ? args[1] : JsValue.Undefined));
            return JsValue.Undefined;
        }));
        execution.Set("hasVariable", new ClrFunction(engine, "hasVariable", (_, args) =>
            variables.TryGet(Name(args), out System.Text.Json.JsonElement _) ? JsBoolean.True : JsBoolean.False));
        execution.Set("getBusinessKey", new ClrFunction(engine, "getBusinessKey", (_, _) =>
            variables.BusinessKey is { } key ? new JsString(key) : JsValue.Null));
        // Camunda Modeler writes #{execution.processBusinessKey} for a call activity's business key.
        JsValue businessKey = variables.BusinessKey is { } current ? new JsString(current) : JsValue.Null;
        execution.Set("processBusinessKey", businessKey);
        execution.Set("businessKey", businessKey);
        return execution;
    }

    private static string Name(JsValue[] args) =>
        args.Length > 0 && args[0].IsString() ? args[0].AsString() : throw new ExpressionException("a variable name (a string) is required.");
}
