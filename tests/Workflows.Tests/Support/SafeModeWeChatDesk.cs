namespace Workflows.Tests.Support;

/// <summary>The WeChat channel in safe mode (安全模式): messages and passive replies encrypted with the EncodingAESKey.</summary>
public sealed class SafeModeWeChatDesk(ClusterFixture cluster) : WeChatDesk(cluster, $"wechat_safe_{Guid.NewGuid():N}", safeMode: true);
