namespace Workflows.Bench.Routing;

/// <summary>One simulated agent: their browser (a signed-in client), their team, and when the roster says they work.</summary>
internal sealed record FloorAgent(string UserName, string Team, HttpClient Client, IReadOnlyList<(DateTimeOffset Starts, DateTimeOffset Ends)> Shifts)
{
    public bool OnShiftAt(DateTimeOffset at) => Shifts.Any(s => s.Starts <= at && at < s.Ends);
}
