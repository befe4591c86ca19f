using System.Text.RegularExpressions;
using Acornima.Ast;
using Jint;

namespace Workflows.Engine.Expressions;

/// <summary>
/// Turns diagram text into <see cref="CompiledScript"/>s: <c>${expr}</c> (JUEL-style, the Camunda
/// default) and plain JavaScript. JUEL's word operators (and, or, not, eq, ne, lt, gt, le, ge) are
/// rewritten to JavaScript so diagrams made for Camunda 7 keep working.
/// </summary>
public static partial class ExpressionCompiler
{
    /// <summary>Compiles a condition or value: <c>${...}</c>/<c>#{...}</c> is an expression; anything else JavaScript.</summary>
    public static CompiledScript CompileCondition(string text)
    {
        var trimmed = text.Trim();
        var inner = SingleExpression(trimmed);
        return inner is not null ? CompileExpression(Juel(inner), trimmed) : CompileExpression(trimmed, trimmed);
    }

    /// <summary>Compiles an attribute that may be literal, one <c>${...}</c> (typed), or text with several (a string).</summary>
    public static CompiledText CompileText(string text)
    {
        if (!text.Contains("${", StringComparison.Ordinal) && !text.Contains("#{", StringComparison.Ordinal))
            return new CompiledText(text, null);
        var inner = SingleExpression(text.Trim());
        if (inner is not null) return new CompiledText(text, CompileExpression(Juel(inner), text));
        var template = "`" + text.Replace("\\", "\\\\").Replace("`", "\\`").Replace("#{", "${") + "`";
        return new CompiledText(text, CompileExpression(template, text));
    }

    /// <summary>Compiles a script task body; the value of its last expression statement is its result.</summary>
    public static CompiledScript CompileScript(string body)
    {
        var program = Prepare("(function(){" + body + "\n})", body).Program!;
        var function = (FunctionExpression)((ExpressionStatement)program.Body[0]).Expression;
        var statements = function.Body.Body;
        var source = body;
        if (statements.Count > 0 && statements[^1] is ExpressionStatement last)
        {
            // Offsets are in the wrapped text; "(function(){" is 12 characters long.
            var start = last.Start - 12;
            var end = last.End - 12;
            source = body[..start] + "return (" + body[start..end].TrimEnd().TrimEnd(';') + ");" + body[end..];
        }
        return Wrap(source, body, program);
    }

    private static CompiledScript CompileExpression(string expression, string original)
    {
        var program = Prepare("(" + expression + "\n)", original).Program!;
        return Wrap("return (" + expression + "\n);", original, program);
    }

    private static CompiledScript Wrap(string functionBody, string original, Script parsed)
    {
        var names = FreeIdentifiers.Collect(parsed);
        var usesExecution = names.Remove("execution");
        var parameters = names.ToArray();
        var list = string.Join(",", usesExecution ? [.. parameters, "execution"] : parameters);
        var prepared = Prepare("(function(" + list + "){" + functionBody + "\n})", original);
        return new CompiledScript(original, prepared, parameters, usesExecution);
    }

    private static Prepared<Script> Prepare(string code, string original)
    {
        try
        {
            return Jint.Engine.PrepareScript(code);
        }
        catch (Exception e) when (e is ScriptPreparationException or Acornima.ParseErrorException)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Replace("Could not prepare script: ", "");
            // Positions refer to our wrapper, not to what the designer wrote; keep them only for multi-line scripts.
            if (!original.Contains('\n')) reason = AnonymousPosition().Replace(reason, "");
            throw new ExpressionException($"'{Shorten(original)}' is not valid JavaScript: {reason}", e);
        }
    }

    private static string? SingleExpression(string text)
    {
        if (text.Length < 3 || (!text.StartsWith("${", StringComparison.Ordinal) && !text.StartsWith("#{", StringComparison.Ordinal)) || text[^1] != '}')
            return null;
        var inner = text[2..^1];
        // "${a} and ${b}" is a template, not one expression.
        return inner.Contains("${", StringComparison.Ordinal) || inner.Contains("#{", StringComparison.Ordinal) ? null : inner;
    }

    private static string Juel(string expression) =>
        JuelWordOperator().Replace(expression, m => m.Groups["str"].Success ? m.Value : m.Groups["op"].Value switch
        {
            "and" => "&&",
            "or" => "||",
            "not" => "!",
            "eq" => "==",
            "ne" => "!=",
            "lt" => "<",
            "gt" => ">",
            "le" => "<=",
            _ => ">=",
        });

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"\s*\(<anonymous>:\d+:\d+\)")]
    private static partial Regex AnonymousPosition();

    [GeneratedRegex("""(?<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(?<![\w$.])(?<op>and|or|not|eq|ne|lt|gt|le|ge)(?![\w$])""")]
    private static partial Regex JuelWordOperator();
}
