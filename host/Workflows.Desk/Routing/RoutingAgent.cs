namespace Workflows.Desk.Routing;

/// <summary>A team member the routing may offer work to now (online, on shift), with what they hold and can do.</summary>
public sealed class RoutingAgent(string userName, string[] skills, string[] languages, DateTimeOffset? lastOfferedAt, int ticketLoad, int chatLoad)
{
    public string UserName { get; } = userName;
    public string[] Skills { get; } = skills;
    public string[] Languages { get; } = languages;
    public DateTimeOffset? LastOfferedAt { get; set; } = lastOfferedAt;
    public int TicketLoad { get; set; } = ticketLoad;
    public int ChatLoad { get; set; } = chatLoad;

    public int LoadOf(bool chat) => chat ? ChatLoad : TicketLoad;

    public void SetLoad(bool chat, int load)
    {
        if (chat) ChatLoad = load;
        else TicketLoad = load;
    }
}
