namespace Workflows.Tests.Support;

/// <summary>The WeChat channel in plain mode (明文模式).</summary>
public sealed class PlainWeChatDesk(ClusterFixture cluster) : WeChatDesk(cluster, $"wechat_plain_{Guid.NewGuid():N}", safeMode: false);
