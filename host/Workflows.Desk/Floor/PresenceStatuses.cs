namespace Workflows.Desk.Floor;

/// <summary>An agent's presence: only "online" takes new work; "busy" and "away" keep what they have.</summary>
public static class PresenceStatuses
{
    public const string Online = "online";
    public const string Busy = "busy";
    public const string Away = "away";
    public const string Offline = "offline";

    public static readonly string[] All = [Online, Busy, Away, Offline];
}
