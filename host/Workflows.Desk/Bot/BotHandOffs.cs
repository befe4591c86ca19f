namespace Workflows.Desk.Bot;

/// <summary>Why the bot hands a customer to an agent; the words agents read on the case's timeline.</summary>
public static class BotHandOffs
{
    public const string AskedForAgent = "asked-for-agent";
    public const string Fraud = "fraud";
    public const string LowConfidence = "low-confidence";
    public const string NotSolved = "not-solved";
    public const string NotText = "not-text";
    public const string TooManyQuestions = "too-many-questions";

    /// <summary>The reason in Chinese and English at once: agents of either language read the timeline.</summary>
    public static string Describe(string reason) => reason switch
    {
        AskedForAgent => "客户要求人工服务 / the customer asked for an agent",
        Fraud => "涉及盗用、诈骗或账户冻结，机器人不作答 / fraud, a stolen or frozen account: the bot does not answer these",
        LowConfidence => "知识库中没有足够相关的文章 / nothing in the knowledge base answered it well enough",
        NotSolved => "客户表示文章没有解决问题 / the customer said the article did not solve it",
        NotText => "客户发送了机器人读不懂的消息（图片、语音等）/ the customer sent something the bot cannot read (image, voice...)",
        TooManyQuestions => "多次回答后仍未解决 / still unsolved after several answers",
        _ => reason,
    };
}
