using System.Text.Json;

namespace Workflows.Engine.Expressions;

/// <summary>An attribute value that is either literal text or contains <c>${...}</c> expressions.</summary>
public sealed record CompiledText(string Text, CompiledScript? Script)
{
    public bool IsLiteral => Script is null;

    public JsonElement Evaluate(JavaScriptRuntime runtime, IVariableAccess variables) =>
        Script is null ? JsonValues.String(Text) : runtime.Evaluate(Script, variables);

    public string? EvaluateString(JavaScriptRuntime runtime, IVariableAccess variables)
    {
        if (Script is null) return Text;
        var value = runtime.Evaluate(Script, variables);
        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
    }
}
