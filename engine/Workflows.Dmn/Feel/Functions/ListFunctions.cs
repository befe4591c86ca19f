using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Functions;

/// <summary>FEEL list functions. min, max, sum, mean, all and any take a list or the items themselves.</summary>
internal static class ListFunctions
{
    public static void Register(FunctionRegistrar add)
    {
        add("list contains", ["list", "element"], 2, a => a[0] is IReadOnlyList<object?> l ? l.Any(i => FeelComparer.SameItem(i, a[1])) : null);
        add("count", ["list"], 1, a => a[0] is IReadOnlyList<object?> l ? (decimal)l.Count : null);
        add("min", ["list"], 1, a => Extreme(Items(a), -1), variadic: true);
        add("max", ["list"], 1, a => Extreme(Items(a), 1), variadic: true);
        add("sum", ["list"], 1, a => Sum(Items(a)), variadic: true);
        add("mean", ["list"], 1, a => Items(a) is { Count: > 0 } l && Sum(l) is decimal s ? s / l.Count : null, variadic: true);
        add("product", ["list"], 1, a => Items(a) is { Count: > 0 } l && l.All(i => i is decimal) ? l.Cast<decimal>().Aggregate(1m, (x, y) => x * y) : null, variadic: true);
        add("all", ["list"], 1, a => Logical(Items(a), true), variadic: true);
        add("any", ["list"], 1, a => Logical(Items(a), false), variadic: true);
        add("sublist", ["list", "start position", "length"], 2, Sublist);
        add("append", ["list", "item"], 1, a => a[0] is IReadOnlyList<object?> l ? l.Concat(a.Skip(1)).ToList() : null, variadic: true);
        add("concatenate", ["list"], 0, a => a.All(i => i is IReadOnlyList<object?>) ? a.SelectMany(i => (IReadOnlyList<object?>)i!).ToList() : null, variadic: true);
        add("reverse", ["list"], 1, a => a[0] is IReadOnlyList<object?> l ? l.Reverse().ToList() : null);
        add("index of", ["list", "match"], 2, a => a[0] is IReadOnlyList<object?> l
            ? l.Select((item, i) => (item, i)).Where(p => FeelComparer.SameItem(p.item, a[1])).Select(p => (object?)(decimal)(p.i + 1)).ToList() : null);
        add("distinct values", ["list"], 1, a => a[0] is IReadOnlyList<object?> l ? Distinct(l) : null);
        add("union", ["list"], 0, a => a.All(i => i is IReadOnlyList<object?>) ? Distinct(a.SelectMany(i => (IReadOnlyList<object?>)i!).ToList()) : null, variadic: true);
        add("flatten", ["list"], 1, a => a[0] is IReadOnlyList<object?> l ? Flatten(l).ToList() : null);
        add("insert before", ["list", "position", "newItem"], 3, a => a is [IReadOnlyList<object?> l, decimal p, var item] && Position(l, p, 0) is int i ? l.Take(i).Append(item).Concat(l.Skip(i)).ToList() : null);
        add("remove", ["list", "position"], 2, a => a is [IReadOnlyList<object?> l, decimal p] && Position(l, p, 0) is int i ? l.Where((_, j) => j != i).ToList() : null);
        add("median", ["list"], 1, a => Items(a) is { Count: > 0 } l && l.All(i => i is decimal) ? Median(l.Cast<decimal>().Order().ToList()) : null, variadic: true);
        add("sort", ["list", "precedes"], 1, Sort);
    }

    private static IReadOnlyList<object?> Items(IReadOnlyList<object?> a) => a.Count == 1 && a[0] is IReadOnlyList<object?> l ? l : a;

    private static object? Extreme(IReadOnlyList<object?> items, int sign)
    {
        if (items.Count == 0) return null;
        var best = items[0];
        foreach (var item in items.Skip(1))
        {
            var c = FeelComparer.Compare(item, best);
            if (c is null) return null;
            if (c * sign > 0) best = item;
        }
        return best;
    }

    private static object? Sum(IReadOnlyList<object?> items)
    {
        if (items.Count == 0 || items.Any(i => i is not decimal)) return null;
        var total = 0m;
        foreach (var item in items) total += (decimal)item!;
        return total;
    }

    private static object? Logical(IReadOnlyList<object?> items, bool all)
    {
        var unknown = false;
        foreach (var item in items)
        {
            if (item is bool b) { if (b != all) return !all; }
            else unknown = true;
        }
        return unknown ? null : all;
    }

    private static object? Sublist(IReadOnlyList<object?> a)
    {
        if (a is not [IReadOnlyList<object?> l, decimal start, ..] || Position(l, start, 0) is not int first) return null;
        var length = a.Count > 2 && a[2] is decimal n ? (int)n : l.Count - first;
        return first + length > l.Count ? null : l.Skip(first).Take(length).ToList();
    }

    private static int? Position(IReadOnlyList<object?> l, decimal p, int slack)
    {
        var i = p > 0 ? (int)p - 1 : l.Count + (int)p;
        return p != 0 && i >= 0 && i < l.Count + slack ? i : null;
    }

    private static List<object?> Distinct(IReadOnlyList<object?> l)
    {
        var result = new List<object?>();
        foreach (var item in l)
            if (!result.Any(r => FeelComparer.SameItem(r, item))) result.Add(item);
        return result;
    }

    private static IEnumerable<object?> Flatten(IReadOnlyList<object?> l) =>
        l.SelectMany(i => i is IReadOnlyList<object?> inner ? Flatten(inner) : [i]);

    private static decimal Median(List<decimal> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    private static object? Sort(IReadOnlyList<object?> a)
    {
        if (a[0] is not IReadOnlyList<object?> l) return null;
        var list = l.ToList();
        if (a.Count > 1 && a[1] is FeelFunction precedes)
            list.Sort((x, y) => precedes.Invoke([x, y]) is true ? -1 : precedes.Invoke([y, x]) is true ? 1 : 0);
        else
            list.Sort((x, y) => FeelComparer.Compare(x, y) ?? 0);
        return list;
    }
}
