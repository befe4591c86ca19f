namespace Workflows.Bench.Routing;

/// <summary>A benchmark team: its key, how it routes and how much each of its agents may hold.</summary>
internal sealed record FloorTeam(string Key, string Mode, int Tickets, int Chats)
{
    public static readonly FloorTeam[] All =
    [
        new("bench-a", "least-loaded", 6, 2),
        new("bench-b", "round-robin", 4, 2),
        new("bench-c", "skills", 5, 3),
    ];

    public int CapacityOf(bool chat) => chat ? Chats : Tickets;
}
