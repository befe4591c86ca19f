namespace Workflows.Tests.Support;

/// <summary>The WeChat channel in plain mode with the bot answering before agents, as a desk runs by default.</summary>
public sealed class BotWeChatDesk(ClusterFixture cluster) : WeChatDesk(cluster, $"wechat_bot_{Guid.NewGuid():N}", safeMode: false, bot: true);
