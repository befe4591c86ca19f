namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// Who tells the customer what the handling of a message has to say (a follow's welcome): the callback, as a passive
/// reply, if the handling finished while WeChat still waited; otherwise a customer-service message. Exactly one of the
/// two claims it, whichever comes first.
/// </summary>
public sealed class WeChatAnswer
{
    private const int Open = 0, Passive = 1, Later = 2;
    private int _state;

    /// <summary>The callback stops waiting: whatever the handling says from now on goes out as a customer-service message.</summary>
    public bool TryAnswerLater() => Interlocked.CompareExchange(ref _state, Later, Open) == Open;

    /// <summary>The handling is done in time: its reply rides on the callback's answer.</summary>
    public bool TryAnswerPassively() => Interlocked.CompareExchange(ref _state, Passive, Open) == Open;
}
