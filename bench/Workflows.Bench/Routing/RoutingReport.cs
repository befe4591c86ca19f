namespace Workflows.Bench.Routing;

/// <summary>
/// What the run showed, from the offers seen and the floor's own record: how fast a task reached an agent while there
/// was room, whether urgent work went first once a queue formed, and every breach of capacity, presence or shift.
/// </summary>
internal sealed class RoutingReport(IReadOnlyList<SeenOffer> offers, IReadOnlyList<QueuedAtEnd> queued, IReadOnlyDictionary<string, FloorAgent> agents,
    IReadOnlyDictionary<string, (DateTimeOffset Off, DateTimeOffset On)> offline)
{
    public void Print(DateTimeOffset backlogFrom, IReadOnlyDictionary<Guid, DateTimeOffset> declined)
    {
        var first = offers.GroupBy(o => o.TaskId).Select(g => g.MinBy(o => o.OfferedAt)!).ToList();
        var roomy = first.Where(o => o.CreatedAt < backlogFrom).ToList();
        var (room, assignment) = (roomy.Select(o => o.WaitMs).ToList(), roomy.Select(o => o.AssignmentMs).ToList());
        Console.WriteLine($"offers seen: {offers.Count:N0} ({first.Count:N0} tasks offered, {offers.Count - first.Count:N0} offered again after a decline, lapse or recall)");
        Console.WriteLine($"assignment with room ({assignment.Count:N0} tasks; the step that opened the task committed -> the offer committed): " +
            $"p50 {P(assignment, 0.5):F1} ms, p95 {P(assignment, 0.95):F1} ms, p99 {P(assignment, 0.99):F1} ms, max {P(assignment, 1):F0} ms");
        Console.WriteLine($"  the same from the step's start (task created_at -> offered_at): p50 {P(room, 0.5):F0} ms, p95 {P(room, 0.95):F0} ms, p99 {P(room, 0.99):F0} ms");
        var backlog = first.Where(o => o.CreatedAt >= backlogFrom).ToList();
        var (urgent, ordinary) = (backlog.Where(o => o.Urgent).Select(o => o.WaitMs).ToList(), backlog.Where(o => !o.Urgent).Select(o => o.WaitMs).ToList());
        Console.WriteLine($"backlog phase waits: urgent p50 {P(urgent, 0.5) / 1000:F1} s, p95 {P(urgent, 0.95) / 1000:F1} s ({urgent.Count:N0}); " +
            $"ordinary p50 {P(ordinary, 0.5) / 1000:F1} s, p95 {P(ordinary, 0.95) / 1000:F1} s ({ordinary.Count:N0}); still queued at the end: " +
            $"{queued.Count(q => q.Urgent):N0} urgent, {queued.Count(q => !q.Urgent):N0} ordinary");
        Console.WriteLine($"urgent overtaken: {Overtaken(first, declined)} ordinary offers made while an urgent task of that team and channel had waited over 1 s unoffered");
        var offShift = offers.Where(o => !agents[o.UserName].OnShiftAt(o.OfferedAt)).ToList();
        var whileOffline = offers.Where(o => offline.TryGetValue(o.UserName, out var w) && o.OfferedAt > w.Off && o.OfferedAt < w.On).ToList();
        Console.WriteLine($"offers to agents off shift: {offShift.Count}; to agents offline: {whileOffline.Count}");
        foreach (var o in offShift.Concat(whileOffline).Take(5)) Console.WriteLine($"  {o.UserName} got {o.TaskId} at {o.OfferedAt:O}");
        var shortShift = agents.Values.Where(a => a.Shifts.Count == 1).ToList();
        Console.WriteLine($"short-shift agents ({shortShift.Count}): {offers.Count(o => shortShift.Any(a => a.UserName == o.UserName)):N0} offers while on shift; " +
            $"never-rostered agents ({agents.Values.Count(a => a.Shifts.Count == 0)}): {offers.Count(o => agents[o.UserName].Shifts.Count == 0)} offers");
    }

    /// <summary>Ordinary first offers made while an urgent task of the same team and channel kind, opened over a second before, still waited undeclined.</summary>
    private int Overtaken(List<SeenOffer> first, IReadOnlyDictionary<Guid, DateTimeOffset> declined)
    {
        var urgent = first.Where(o => o.Urgent).Select(o => (o.TaskId, o.Team, o.Chat, o.CreatedAt, OfferedAt: (DateTimeOffset?)o.OfferedAt))
            .Concat(queued.Where(q => q.Urgent).Select(q => (q.TaskId, q.Team, q.Chat, q.CreatedAt, OfferedAt: (DateTimeOffset?)null))).ToList();
        return first.Where(o => !o.Urgent).Count(o => urgent.Any(u => u.Team == o.Team && u.Chat == o.Chat && u.CreatedAt < o.OfferedAt.AddSeconds(-1)
            && (u.OfferedAt is null || u.OfferedAt > o.OfferedAt) && !declined.ContainsKey(u.TaskId)));
    }

    private static double P(List<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
