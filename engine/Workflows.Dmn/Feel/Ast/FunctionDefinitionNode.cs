using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Ast;

/// <summary>function(a, b) body: a lambda closing over the scope it was defined in.</summary>
internal sealed class FunctionDefinitionNode(IReadOnlyList<string> parameters, FeelNode body) : FeelNode
{
    public override object? Evaluate(FeelScope scope) => new Lambda(parameters, body, scope);

    private sealed class Lambda(IReadOnlyList<string> parameters, FeelNode body, FeelScope closure) : FeelFunction
    {
        public override string Name => "anonymous function";

        public override IReadOnlyList<string> ParameterNames => parameters;

        public override object? Invoke(IReadOnlyList<object?> arguments)
        {
            var frame = new Dictionary<string, object?>();
            for (var i = 0; i < parameters.Count; i++) frame[parameters[i]] = i < arguments.Count ? arguments[i] : null;
            return body.Evaluate(new FeelScope(frame, closure));
        }
    }
}
