using System.Text.RegularExpressions;

namespace Workflows.Desk.Bot;

/// <summary>
/// Questions the bot must not answer, read before any search: a customer asking for a person, and anything touching
/// fraud, a stolen, frozen or restricted account, or a payment the customer did not make. A wrong article there costs
/// money, so the lists are wide on purpose: a needless hand-off costs an agent a minute.
/// </summary>
public static partial class BotTriggers
{
    // Chinese is matched as substrings: jieba's cut of a colloquial sentence is not reliable enough for a safety rule.
    private static readonly string[] ChineseHuman = ["人工", "真人", "客服", "转接", "找个人", "活人"];

    private static readonly string[] ChineseFraud =
    [
        "被盗", "盗刷", "盗号", "盗用", "偷", "诈骗", "骗", "冒充", "冻结", "解冻", "风控", "封号", "被封", "被限制", "限制收款", "限制登录",
        "锁定", "被锁", "黑客", "被黑", "洗钱", "安全账户", "不是我本人", "不是本人", "不是我操作", "不是我付", "不是我买", "没买东西", "陌生人",
        "异地登录", "被人转走", "被转走", "被人登录", "手机丢", "卡丢", "丢了手机", "丢了卡", "可疑交易", "异常交易", "套现",
    ];

    [GeneratedRegex(@"\b(agent|agents|human|humans|operator|representative|rep|real person|live person|someone real|customer service|support staff|call me)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishHuman();

    [GeneratedRegex(@"\b(fraud\w*|scam\w*|stole|stolen|steal\w*|theft|thief|hack\w*|unauthori[sz]ed|unauthori[sz]e|froze|frozen|freez\w*|unfreez\w*|lock|locked|lockout|blocked account|(account|wallet) (is |was |has been |got )?(blocked|restricted|suspended|banned)|restricted account|suspended account|banned|launder\w*|phish\w* call|impersonat\w*|pretend\w*|didn'?t make|did not make|not made by me|wasn'?t me|not me|don'?t recogni[sz]e|do not recogni[sz]e|never made|without (my )?permission|gave (him|her|them|someone) (my )?(code|password|pin)|said (he|she|they) (was|were) from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishFraud();

    /// <summary>Why this question goes to a person at once (<see cref="BotHandOffs"/>), or null when the bot may answer it.</summary>
    public static string? HandOffReason(string question)
    {
        // Fraud first: a customer who was robbed and asks for a person is a fraud case, and agents should see it so.
        if (ChineseFraud.Any(question.Contains) || EnglishFraud().IsMatch(question)) return BotHandOffs.Fraud;
        if (ChineseHuman.Any(question.Contains) || EnglishHuman().IsMatch(question)) return BotHandOffs.AskedForAgent;
        return null;
    }
}
