using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Ast;

/// <summary>f(a, b) or f(x: a, y: b). Named arguments are put in the order of the function's parameters.</summary>
internal sealed class InvocationNode(FeelNode callee, string calleeText, IReadOnlyList<FeelNode> positional, IReadOnlyList<(string Name, FeelNode Value)>? named) : FeelNode
{
    public override object? Evaluate(FeelScope scope)
    {
        if (callee.Evaluate(scope) is not FeelFunction function)
            throw new FeelException($"'{calleeText}' is not a function.");
        if (named is null)
        {
            var args = new object?[positional.Count];
            for (var i = 0; i < args.Length; i++) args[i] = positional[i].Evaluate(scope);
            return function.Invoke(args);
        }
        var parameters = new[] { function.ParameterNames ?? [] }.Concat(function.OtherParameterNames)
            .FirstOrDefault(list => named.All(n => list.Contains(n.Name)))
            ?? throw new FeelException($"Function '{function.Name}' has no parameters named {string.Join(", ", named.Select(n => n.Name))}.");
        var values = new object?[parameters.Count];
        var last = -1;
        foreach (var (name, node) in named)
        {
            var index = IndexOf(parameters, name);
            if (index < 0)
                throw new FeelException($"Function '{function.Name}' has no parameter '{name}'; its parameters are {string.Join(", ", parameters)}.");
            values[index] = node.Evaluate(scope);
            last = Math.Max(last, index);
        }
        return function.Invoke(values.Take(last + 1).ToArray());
    }

    private static int IndexOf(IReadOnlyList<string> parameters, string name)
    {
        for (var i = 0; i < parameters.Count; i++)
            if (parameters[i] == name) return i;
        return -1;
    }
}
