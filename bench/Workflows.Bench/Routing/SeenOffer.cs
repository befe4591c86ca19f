namespace Workflows.Bench.Routing;

/// <summary>An offer as the floor saw it in the database: which task, to whom, from which team, and the task's facts.</summary>
internal sealed record SeenOffer(Guid TaskId, string UserName, string Team, DateTimeOffset OfferedAt, DateTimeOffset CreatedAt, bool Urgent, bool Chat)
{
    public double WaitMs => (OfferedAt - CreatedAt).TotalMilliseconds;
}
