using System.Linq.Expressions;

namespace Workflows.Server.Identity.Scim;

/// <summary>Turns a parsed filter into a condition EF translates, over the attributes a resource makes filterable.</summary>
public sealed class ScimFilterTranslator<T>(IReadOnlyDictionary<string, ScimAttribute<T>> attributes)
{
    public Expression<Func<T, bool>> Translate(ScimFilter filter)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(Condition(filter, row, null), row);
    }

    private Expression Condition(ScimFilter filter, ParameterExpression row, string? within) => filter switch
    {
        ScimLogical { Operator: "and" } l => Expression.AndAlso(Condition(l.Left, row, within), Condition(l.Right, row, within)),
        ScimLogical l => Expression.OrElse(Condition(l.Left, row, within), Condition(l.Right, row, within)),
        ScimNot n => Expression.Not(Condition(n.Inner, row, within)),
        ScimValuePath v => Condition(v.Filter, row, v.Path),
        ScimPresent p => Attribute(p.Path, within).Condition("pr", default, row),
        ScimComparison c => Attribute(c.Path, within).Condition(c.Operator, c.Value, row),
        _ => throw new ScimFilterException("Unsupported filter."),
    };

    private ScimAttribute<T> Attribute(string path, string? within)
    {
        var full = within is null ? path : $"{within}.{path}";
        return attributes.TryGetValue(full, out var attribute) ? attribute
            : throw new ScimFilterException($"'{full}' cannot be filtered on; filterable attributes are {string.Join(", ", attributes.Keys)}.");
    }
}
