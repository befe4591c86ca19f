using System.Text.RegularExpressions;

namespace Workflows.Desk.Bot;

/// <summary>The customer's answer to "did this solve it?": 1 or 2 as asked, or the words people send instead.</summary>
public static partial class BotReplies
{
    private static readonly HashSet<string> Yes =
        ["1", "１", "是", "是的", "对", "嗯", "好", "好的", "解决了", "已解决", "可以了", "谢谢", "ok", "okay", "yes", "y", "yep", "yeah", "solved", "thanks", "thank you"];

    private static readonly HashSet<string> No =
        ["2", "２", "否", "不", "不是", "没有", "没", "没用", "没解决", "未解决", "不行", "no", "n", "nope", "not solved", "didnt help", "doesnt help"];

    [GeneratedRegex(@"[\s\p{P}\p{S}]+")]
    private static partial Regex Noise();

    /// <returns>True for yes, false for no, null when the message is something else (a new question).</returns>
    public static bool? Solved(string text)
    {
        var said = Noise().Replace(text.ToLowerInvariant().Replace("'", ""), " ").Trim();
        return Yes.Contains(said) ? true : No.Contains(said) ? false : null;
    }
}
