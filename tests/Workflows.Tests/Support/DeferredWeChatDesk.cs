namespace Workflows.Tests.Support;

/// <summary>
/// The WeChat channel answering at once (AnswerWithin 0): every message is handled after its callback has answered,
/// as under a burst in production; stranded deliveries are looked for every second.
/// </summary>
public sealed class DeferredWeChatDesk(ClusterFixture cluster) : WeChatDesk(cluster, $"wechat_deferred_{Guid.NewGuid():N}", safeMode: false)
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("Channels:WeChat:AnswerWithin", "00:00:00"), ("Channels:WeChat:SweepInterval", "00:00:01")];
}
