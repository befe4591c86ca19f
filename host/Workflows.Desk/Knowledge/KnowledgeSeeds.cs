namespace Workflows.Desk.Knowledge;

/// <summary>The starter knowledge base, in Simplified Chinese and English: written to an empty kb_articles table.</summary>
public static class KnowledgeSeeds
{
    private sealed record Seed(string Slug, string Category, string[] Tags, string ZhTitle, string ZhSummary, string EnTitle, string EnSummary);

    private static readonly Seed[] Seeds =
    [
        new("protect-your-account", "account-security", ["stolen-account", "phishing"],
            "如何保护您的账户安全", "不要向任何人透露验证码；开启登录保护；发现异常立即冻结账户。",
            "How to keep your account safe", "Never share a verification code; turn on login protection; freeze your account at once if something looks wrong."),
        new("spot-phishing", "account-security", ["phishing"],
            "识别钓鱼链接和诈骗短信", "官方不会通过短信链接索要密码或验证码；请只在官方应用内操作。",
            "Spotting phishing links and scam texts", "We never ask for passwords or codes through a link in a text; only act inside the official app."),
        new("payment-failed-balance", "payment-failure", ["insufficient-balance"],
            "余额不足导致支付失败怎么办", "请先充值或更换支付方式，再重新发起支付。",
            "Payment failed for insufficient balance", "Top up or choose another payment method, then pay again."),
        new("payment-limits", "payment-failure", ["limit-exceeded"],
            "支付限额说明", "单笔和单日限额由银行和账户等级决定；可在“设置-限额管理”中查看和调整。",
            "Payment limits explained", "Per-payment and daily limits come from your bank and account level; see Settings > Limits to view or raise them."),
        new("payment-network", "payment-failure", ["network", "merchant-system", "bank-decline", "unknown"],
            "网络或系统原因导致支付失败", "请检查网络后重试；如已扣款未到账，款项会在1-3个工作日内自动退回。",
            "Payment failed because of the network or a system", "Check your connection and try again; if you were charged without success, the money returns within 1-3 business days."),
        new("points-and-rebates", "points-rebates", ["points", "rebate"],
            "积分和返利规则", "积分在交易完成后24小时内到账；返利以活动规则为准，可在“我的-权益”中查看。",
            "Points and rebates", "Points arrive within 24 hours of a completed payment; rebates follow each campaign's rules, see Me > Benefits."),
        new("refund-timeline", "refund-dispute", ["refund", "dispute"],
            "退款到账时间", "退款原路退回：余额即时到账，银行卡1-5个工作日。",
            "When will my refund arrive?", "Refunds go back the way you paid: to your balance at once, to a bank card within 1-5 business days."),
        new("how-to-complain", "complaint", ["service"],
            "投诉处理流程", "我们会在3个工作日内回访，并告知处理结果。",
            "How we handle complaints", "We call you back within 3 business days and tell you the outcome."),
    ];

    public static IEnumerable<KbArticleEntity> Articles(DateTimeOffset now) => Seeds.SelectMany(s => new[]
    {
        new KbArticleEntity
        {
            Id = Guid.CreateVersion7(), Slug = s.Slug, Language = "zh-CN", Title = s.ZhTitle, Summary = s.ZhSummary, Body = s.ZhSummary,
            Category = s.Category, Tags = [.. s.Tags], UpdatedAt = now,
        },
        new KbArticleEntity
        {
            Id = Guid.CreateVersion7(), Slug = s.Slug, Language = "en", Title = s.EnTitle, Summary = s.EnSummary, Body = s.EnSummary,
            Category = s.Category, Tags = [.. s.Tags], UpdatedAt = now,
        },
    });
}
