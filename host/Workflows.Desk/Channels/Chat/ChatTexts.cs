namespace Workflows.Desk.Channels.Chat;

/// <summary>What the chat says to customers, in their language (zh-CN or en).</summary>
public static class ChatTexts
{
    public static bool IsChinese(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public static string Language(string? asked) => asked is not null && asked.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh-CN";

    public static (string Subject, string Body) Code(string language, string code, TimeSpan validFor) => IsChinese(language)
        ? ("在线客服验证码", $"您的在线客服验证码是 {code}，{(int)validFor.TotalMinutes} 分钟内有效。请勿告诉他人。")
        : ("Your chat code", $"Your code for the support chat is {code}. It works for {(int)validFor.TotalMinutes} minutes. Do not share it.");

    public static string Fallback(string language, string caseNumber, string channel) => IsChinese(language)
        ? $"现在没有客服在线。您的问题已转为工单 {caseNumber}，我们会通过{(channel == ContactChannels.Email ? "电子邮件" : "短信")}回复您。"
        : $"No agent is online right now. Your question became case {caseNumber}; we will answer you by {(channel == ContactChannels.Email ? "email" : "SMS")}.";

    public static string Welcome(string language, string caseNumber) => IsChinese(language)
        ? $"已为您接通在线客服（工单 {caseNumber}），请稍候。"
        : $"You are connected to support (case {caseNumber}). An agent will be with you shortly.";

    /// <summary>How a file the customer sent reads in the bot's transcript (both languages: agents of either read it).</summary>
    public static string File(string name) => $"[文件 / file] {name}";

    /// <summary>A new customer's name until an agent learns the real one: the address, partly hidden.</summary>
    public static string NewCustomerName(ChatAddress address) => address.Channel == ContactChannels.Email
        ? $"在线客户 / Chat customer {address.Address[..Math.Min(3, address.Address.IndexOf('@'))]}…"
        : $"在线客户 / Chat customer …{address.Address[^4..]}";

    /// <summary>A new case's subject: the first line of the first message, cut short (never half an emoji).</summary>
    public static string Subject(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        if (line.Length <= 60) return line;
        return line[..(char.IsHighSurrogate(line[58]) ? 58 : 59)] + "…";
    }
}
