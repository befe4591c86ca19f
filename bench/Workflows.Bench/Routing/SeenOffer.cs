namespace Workflows.Bench.Routing;

/// <summary>An offer as the floor saw it in the database: which task, to whom, from which team, and the task's facts.</summary>
/// <see cref="TaskCommittedAt"/> is when the step that opened the task committed, <see cref="OfferCommittedAt"/> when the offer did.
internal sealed record SeenOffer(Guid TaskId, string UserName, string Team, DateTimeOffset OfferedAt, DateTimeOffset CreatedAt, bool Urgent, bool Chat,
    DateTimeOffset TaskCommittedAt, DateTimeOffset OfferCommittedAt)
{
    public double WaitMs => (OfferedAt - CreatedAt).TotalMilliseconds;

    /// <summary>From the moment the routing could see the task to the moment the agent could see the offer.</summary>
    public double AssignmentMs => (OfferCommittedAt - TaskCommittedAt).TotalMilliseconds;
}
