namespace Workflows.Activities.Notifications;

/// <summary>The progress messages a customer receives, in Simplified Chinese and English.</summary>
public static class MessageTemplates
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    private static readonly Dictionary<(string Key, string Language), MessageTemplate> Templates = new()
    {
        [("case-received", Chinese)] = new("您的服务单 {number} 已受理", "{name}，您好：我们已收到您的问题（服务单 {number}），客服将尽快为您处理。"),
        [("case-received", English)] = new("We have your request {number}", "Hello {name}, we have received your request ({number}) and an agent will be with you shortly."),
        [("need-info", Chinese)] = new("服务单 {number} 需要您补充信息", "{name}，您好：为处理服务单 {number}，请补充以下信息：{detail}"),
        [("need-info", English)] = new("More information needed for {number}", "Hello {name}, to go on with {number} we need: {detail}"),
        [("escalated", Chinese)] = new("服务单 {number} 已升级处理", "{name}，您好：您的服务单 {number} 已转交高级客服专员处理。"),
        [("escalated", English)] = new("{number} is with a senior agent", "Hello {name}, your request {number} has been passed to a senior agent."),
        [("account-frozen", Chinese)] = new("您的账户已被临时冻结", "{name}，您好：为保护您的资金安全，我们已临时冻结您的账户（服务单 {number}）。风控专员会与您联系。"),
        [("account-frozen", English)] = new("Your account is frozen for your safety", "Hello {name}, to protect your money we have frozen your account for now ({number}). Our risk team will contact you."),
        [("case-resolved", Chinese)] = new("服务单 {number} 已解决", "{name}，您好：您的服务单 {number} 已处理完毕。{detail}"),
        [("case-resolved", English)] = new("{number} is resolved", "Hello {name}, your request {number} has been resolved. {detail}"),
        [("identity-failed", Chinese)] = new("服务单 {number}：身份未能核实", "{name}，您好：我们未能核实您的身份，请通过官方渠道携带有效证件再次联系我们。"),
        [("identity-failed", English)] = new("{number}: we could not verify your identity", "Hello {name}, we could not verify your identity. Please contact us again through an official channel with valid ID."),
        [("case-closed", Chinese)] = new("服务单 {number} 已关闭", "{name}，您好：服务单 {number} 已关闭，感谢您的耐心。"),
        [("case-closed", English)] = new("{number} is closed", "Hello {name}, request {number} is now closed. Thank you for your patience."),
        [("education", Chinese)] = new("服务单 {number}：给您的小贴士", "{name}，您好：为帮助您今后更顺利地使用我们的服务，请阅读：{detail}"),
        [("education", English)] = new("{number}: a tip for you", "Hello {name}, to help you next time, please read: {detail}"),
        [("survey", Chinese)] = new("请为服务单 {number} 评分", "{name}，您好：请花一秒钟为本次服务评分：{detail}"),
        [("survey", English)] = new("How did we do on {number}?", "Hello {name}, one click tells us how we did: {detail}"),
        [("callback", Chinese)] = new("服务单 {number} 回访", "{name}，您好：我们的专员将就服务单 {number} 给您回电。"),
        [("callback", English)] = new("We will call you back about {number}", "Hello {name}, an agent will call you back about {number}."),
    };

    public static IEnumerable<string> Keys => Templates.Keys.Select(k => k.Key).Distinct();

    /// <summary>The template in the customer's language; English when that language has none.</summary>
    public static MessageTemplate? Find(string key, string language) =>
        Templates.GetValueOrDefault((key, language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English))
        ?? Templates.GetValueOrDefault((key, English));
}
