using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Workflows.Server.Identity.Scim;

/// <summary>
/// How one filterable SCIM attribute becomes a condition on rows of <typeparamref name="T"/>. Values reach SQL as
/// parameters (each wrapped in a box the expression reads), so every filter of one shape shares one compiled query.
/// </summary>
public sealed class ScimAttribute<T>(Func<string, JsonElement, ParameterExpression, Expression> condition)
{
    public Expression Condition(string op, JsonElement value, ParameterExpression row) => condition(op, value, row);

    /// <summary>A case-insensitive string (caseExact false): eq, ne, co, sw, ew, pr with ILIKE; with <paramref name="lowered"/>, the column holds lower case and eq compares exactly, on its index.</summary>
    public static ScimAttribute<T> Text(Expression<Func<T, string?>> column, bool lowered = false) => new((op, value, row) =>
    {
        var body = Rebind(column, row);
        if (op == "pr") return Expression.NotEqual(body, Expression.Constant(null, typeof(string)));
        if (value.ValueKind != JsonValueKind.String) throw new ScimFilterException($"'{op}' compares this attribute with a string.");
        var text = value.GetString()!;
        if (lowered && op is "eq" or "ne")
        {
            var equal = Expression.Equal(body, Boxed(text.ToLowerInvariant()));
            return op == "eq" ? equal : Expression.Not(equal);
        }
        var escaped = text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        var pattern = op switch
        {
            "eq" or "ne" => escaped, "co" => $"%{escaped}%", "sw" => $"{escaped}%", "ew" => $"%{escaped}",
            _ => throw new ScimFilterException($"'{op}' is not supported on this attribute; use eq, ne, co, sw, ew or pr."),
        };
        Expression like = Expression.Call(ILike, Expression.Constant(EF.Functions), Expression.Coalesce(body, Expression.Constant("")), Boxed(pattern));
        return op == "ne" ? Expression.Not(like) : like;
    });

    public static ScimAttribute<T> Boolean(Expression<Func<T, bool>> column) => new((op, value, row) =>
    {
        if (op == "pr") return Expression.Constant(true);
        var flag = value.ValueKind switch
        {
            JsonValueKind.True => true, JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed) => parsed,
            _ => throw new ScimFilterException("This attribute is compared with true or false."),
        };
        return op switch
        {
            "eq" => Expression.Equal(Rebind(column, row), Expression.Constant(flag)),
            "ne" => Expression.NotEqual(Rebind(column, row), Expression.Constant(flag)),
            _ => throw new ScimFilterException($"'{op}' is not supported on a boolean; use eq or ne."),
        };
    });

    public static ScimAttribute<T> Identifier(Expression<Func<T, Guid>> column) => new((op, value, row) =>
    {
        if (op == "pr") return Expression.Constant(true);
        if (op is not ("eq" or "ne")) throw new ScimFilterException("An id is compared with eq or ne.");
        // An id that is not one of ours matches nothing, as any unknown id would.
        var id = value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var parsed) ? parsed : Guid.Empty;
        var equal = Expression.Equal(Rebind(column, row), Boxed(id));
        return op == "eq" ? equal : Expression.Not(equal);
    });

    private static readonly System.Reflection.MethodInfo ILike = typeof(NpgsqlDbFunctionsExtensions)
        .GetMethod(nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string)])!;

    private static Expression Boxed<TValue>(TValue value) => Expression.Property(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));

    internal static Expression Rebind(LambdaExpression column, ParameterExpression row) => new Rebinder(column.Parameters[0], row).Visit(column.Body);

    private sealed record Box<TValue>(TValue Value);

    private sealed class Rebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
