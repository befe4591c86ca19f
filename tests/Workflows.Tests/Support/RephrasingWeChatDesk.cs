namespace Workflows.Tests.Support;

/// <summary>
/// The bot on WeChat with its rephrasing connector pointed at a <see cref="FakeChatCompletions"/>: a short model timeout
/// (1 s) well inside the callback's wait (4.5 s), so a model that hangs still leaves the plain article time to be the passive reply.
/// </summary>
public sealed class RephrasingWeChatDesk(ClusterFixture cluster) : WeChatDesk(cluster, $"wechat_rephrase_{Guid.NewGuid():N}", safeMode: false, bot: true)
{
    public const string Model = "qwen2.5-7b-instruct";
    public const string ApiKey = "sk-test-rephrase-7f3a9c2e";
    public static readonly TimeSpan ModelTimeout = TimeSpan.FromSeconds(1);

    public FakeChatCompletions Chat { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Chat = await FakeChatCompletions.StartAsync();
        await base.InitializeAsync();
    }

    protected override IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Channels:WeChat:AnswerWithin", "00:00:04.5"), ("Channels:Bot:Rephrase:Endpoint", Chat.Endpoint), ("Channels:Bot:Rephrase:Model", Model),
        ("Channels:Bot:Rephrase:ApiKey", ApiKey), ("Channels:Bot:Rephrase:Timeout", ModelTimeout.ToString()),
    ];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Chat.DisposeAsync();
    }
}
