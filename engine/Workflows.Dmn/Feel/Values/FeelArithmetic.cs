namespace Workflows.Dmn.Feel.Values;

/// <summary>
/// FEEL arithmetic on decimals (never binary floating point, so 0.1 + 0.2 = 0.3), on strings (+ concatenates) and on
/// dates, times and durations. Null in, null out; division by zero is null; a string plus a number is a type mismatch.
/// </summary>
public static class FeelArithmetic
{
    public static object? Add(object? left, object? right) => (left, right) switch
    {
        (null, _) or (_, null) => null,
        (decimal a, decimal b) => Checked(() => a + b),
        (string a, string b) => a + b,
        (TimeSpan a, TimeSpan b) => a + b,
        (YearsMonthsDuration a, YearsMonthsDuration b) => new YearsMonthsDuration(a.TotalMonths + b.TotalMonths),
        (TimeSpan or YearsMonthsDuration, DateOnly or FeelDateTime or FeelTime) => Add(right, left),
        _ => Temporal.Shift(left, right, 1) ?? throw FeelComparer.Mismatch("add", left, right),
    };

    public static object? Subtract(object? left, object? right) => (left, right) switch
    {
        (null, _) or (_, null) => null,
        (decimal a, decimal b) => Checked(() => a - b),
        (TimeSpan a, TimeSpan b) => a - b,
        (YearsMonthsDuration a, YearsMonthsDuration b) => new YearsMonthsDuration(a.TotalMonths - b.TotalMonths),
        (FeelDateTime a, FeelDateTime b) => Temporal.Between(a, b),
        (DateOnly a, DateOnly b) => TimeSpan.FromDays(a.DayNumber - b.DayNumber),
        (DateOnly a, FeelDateTime b) => Temporal.Between(Temporal.UtcMidnight(a), b),
        (FeelDateTime a, DateOnly b) => Temporal.Between(a, Temporal.UtcMidnight(b)),
        (FeelTime a, FeelTime b) => a.Normalized - b.Normalized,
        _ => Temporal.Shift(left, right, -1) ?? throw FeelComparer.Mismatch("subtract", left, right),
    };

    public static object? Multiply(object? left, object? right) => (left, right) switch
    {
        (null, _) or (_, null) => null,
        (decimal a, decimal b) => Checked(() => a * b),
        (TimeSpan a, decimal b) => Checked(() => TimeSpan.FromTicks((long)(a.Ticks * b))),
        (decimal a, TimeSpan b) => Multiply(b, a),
        (YearsMonthsDuration a, decimal b) => Checked(() => new YearsMonthsDuration((int)decimal.Truncate(a.TotalMonths * b))),
        (decimal a, YearsMonthsDuration b) => Multiply(b, a),
        _ => throw FeelComparer.Mismatch("multiply", left, right),
    };

    public static object? Divide(object? left, object? right) => (left, right) switch
    {
        (null, _) or (_, null) => null,
        (_, 0m) => null,
        (decimal a, decimal b) => Checked(() => a / b),
        (TimeSpan a, decimal b) => Checked(() => TimeSpan.FromTicks((long)(a.Ticks / b))),
        (TimeSpan a, TimeSpan b) => b == TimeSpan.Zero ? null : (decimal)a.Ticks / b.Ticks,
        (YearsMonthsDuration a, decimal b) => Checked(() => new YearsMonthsDuration((int)decimal.Truncate(a.TotalMonths / b))),
        (YearsMonthsDuration a, YearsMonthsDuration b) => b.TotalMonths == 0 ? null : (decimal)a.TotalMonths / b.TotalMonths,
        _ => throw FeelComparer.Mismatch("divide", left, right),
    };

    /// <summary>Integer powers are exact (repeated multiplication in decimal); other exponents go through double.</summary>
    public static object? Power(object? left, object? right)
    {
        if (left is null || right is null) return null;
        if (left is not decimal a || right is not decimal b) throw FeelComparer.Mismatch("raise", left, right);
        if (b == decimal.Truncate(b) && Math.Abs(b) <= 10_000)
        {
            return Checked(() =>
            {
                var n = (long)Math.Abs(b);
                decimal result = 1, square = a;
                for (; n > 0; n >>= 1, square = n > 0 ? square * square : square)
                    if ((n & 1) == 1) result *= square;
                return b < 0 ? (result == 0 ? null : 1 / result) : result;
            });
        }
        var power = Math.Pow((double)a, (double)b);
        return double.IsFinite(power) ? Checked(() => (decimal)power) : null;
    }

    public static object? Negate(object? value) => value switch
    {
        null => null,
        decimal d => -d,
        TimeSpan t => -t,
        YearsMonthsDuration y => new YearsMonthsDuration(-y.TotalMonths),
        _ => throw new FeelException($"Cannot negate a {FeelValue.TypeName(value)}."),
    };

    /// <summary>Beyond decimal's range FEEL has no number: the result is null rather than an overflow exception.</summary>
    private static object? Checked(Func<object?> compute)
    {
        try { return compute(); }
        catch (OverflowException) { return null; }
    }
}
