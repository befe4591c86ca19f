using Workflows.Dmn.Feel.Values;

namespace Workflows.Dmn.Feel.Functions;

/// <summary>FEEL number functions; rounding is decimal rounding with the scale FEEL gives (digits after the point).</summary>
internal static class NumberFunctions
{
    public static void Register(FunctionRegistrar add)
    {
        add("decimal", ["n", "scale"], 2, a => Round(a, MidpointRounding.ToEven, required: true));
        add("floor", ["n", "scale"], 1, a => Round(a, MidpointRounding.ToNegativeInfinity));
        add("ceiling", ["n", "scale"], 1, a => Round(a, MidpointRounding.ToPositiveInfinity));
        add("round up", ["n", "scale"], 2, a => Round(a, MidpointRounding.AwayFromZero, directed: true));
        add("round down", ["n", "scale"], 2, a => Round(a, MidpointRounding.ToZero));
        add("round half up", ["n", "scale"], 2, a => Round(a, MidpointRounding.AwayFromZero, required: true));
        add("round half down", ["n", "scale"], 2, a => RoundHalfDown(a));
        add("abs", ["n"], 1, a => a[0] switch
        {
            decimal d => Math.Abs(d),
            TimeSpan t => t.Duration(),
            YearsMonthsDuration y => new YearsMonthsDuration(Math.Abs(y.TotalMonths)),
            _ => null,
        });
        add("modulo", ["dividend", "divisor"], 2, a => a is [decimal x, decimal y] && y != 0 ? x - y * Math.Floor(x / y) : null);
        add("sqrt", ["number"], 1, a => a[0] is decimal d && d >= 0 ? Sqrt(d) : null);
        add("log", ["number"], 1, a => a[0] is decimal d && d > 0 ? (decimal)Math.Log((double)d) : null);
        add("exp", ["number"], 1, a => a[0] is decimal d && Math.Exp((double)d) is var e && e < 7.9e28 ? (decimal)e : null);
        add("odd", ["number"], 1, a => a[0] is decimal d && d == decimal.Truncate(d) ? d % 2 != 0 : null);
        add("even", ["number"], 1, a => a[0] is decimal d && d == decimal.Truncate(d) ? d % 2 == 0 : null);
    }

    /// <summary>Newton's method in decimal, seeded from double, for the full 28 digits.</summary>
    private static decimal Sqrt(decimal d)
    {
        if (d == 0) return 0;
        var x = (decimal)Math.Sqrt((double)d);
        for (var i = 0; i < 4; i++) x = (x + d / x) / 2;
        return x;
    }

    private static object? Round(IReadOnlyList<object?> a, MidpointRounding mode, bool required = false, bool directed = false)
    {
        if (a[0] is not decimal n) return null;
        var scale = 0;
        if (a.Count > 1)
        {
            if (a[1] is not decimal s || s < -6111 || s > 6176) return null;
            scale = (int)decimal.Truncate(s);
        }
        else if (required) return null;
        if (scale > 28) return n;
        if (scale < 0)
        {
            var factor = Pow10(-scale);
            return Round([n / factor, 0m], mode, required, directed) is decimal r ? r * factor : null;
        }
        if (directed)
        {
            var truncated = Math.Round(n, scale, MidpointRounding.ToZero);
            return truncated == n ? n : truncated + Math.Sign(n) * (1m / Pow10(scale));
        }
        return Math.Round(n, scale, mode);
    }

    private static object? RoundHalfDown(IReadOnlyList<object?> a)
    {
        if (a is not [decimal n, decimal s, ..]) return null;
        var scale = (int)s;
        var away = Math.Round(n, scale, MidpointRounding.AwayFromZero);
        var toward = Math.Round(n, scale, MidpointRounding.ToZero);
        return Math.Abs(n - toward) * 2 == 1m / Pow10(scale) ? toward : away;
    }

    private static decimal Pow10(int n)
    {
        decimal p = 1;
        for (var i = 0; i < n; i++) p *= 10;
        return p;
    }
}
