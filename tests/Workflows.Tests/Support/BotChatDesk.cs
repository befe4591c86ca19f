namespace Workflows.Tests.Support;

/// <summary>A web-chat desk whose new chats go to the bot first, as they do by default.</summary>
public sealed class BotChatDesk(ClusterFixture cluster) : ChatDesk(cluster, bot: true);
