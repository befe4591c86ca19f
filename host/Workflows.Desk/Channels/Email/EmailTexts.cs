namespace Workflows.Desk.Channels.Email;

/// <summary>What the email channel writes on a case's timeline in its own words, in Chinese and English at once: agents of either language read them.</summary>
public static class EmailTexts
{
    public const string Cut = "[正文过长，完整内容见附件 message.txt / the text was too long; all of it is in the file message.txt]";

    public static string TooLarge(long size, long max, string folder) =>
        $"[邮件过大 / mail too large] 这封邮件有 {Megabytes(size)}，超过上限 {Megabytes(max)}，未读入；原件仍在邮箱文件夹 {folder} 中，请在邮箱里查看或请客户分开发送。" +
        $" / This mail is {Megabytes(size)}, over the {Megabytes(max)} limit, so it was not read in; the original stays in the mailbox folder {folder}: read it there, or ask the customer to send it in parts.";

    public static string AfterClosedCase(string number) =>
        $"[回复已结束的工单 {number} / a reply to finished case {number}]";

    /// <summary>A new customer's name until an agent learns the real one: the mail's display name, else the address's local part.</summary>
    public static string NewCustomerName(string address, string? displayName) =>
        displayName is { Length: > 0 and <= 100 } name ? name : address.Split('@')[0] is { Length: > 0 } local ? local : address;

    private static string Megabytes(long bytes) => $"{bytes / 1024d / 1024d:0.#} MB";
}
