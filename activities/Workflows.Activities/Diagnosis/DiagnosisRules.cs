namespace Workflows.Activities.Diagnosis;

/// <summary>
/// Classifies a contact from its text and structured fields. A response code beats words; among words the
/// rule with the most hits wins, and on a tie the earlier rule (security before money, money before points);
/// a bare "payment failed" only decides the category when no cause is named.
/// Account security is always urgent: a stolen account must be answered within minutes.
/// </summary>
public static class DiagnosisRules
{
    public const string Urgent = "urgent";
    public const string Normal = "normal";
    public const string UnknownCause = "unknown";

    public static readonly IReadOnlyList<DiagnosisRule> Rules =
    [
        new(CaseCategories.AccountSecurity, "stolen-account",
            ["被盗", "盗号", "盗刷", "账号被", "异地登录", "不是我本人", "stolen", "hacked", "unauthorized", "not me", "someone logged"], []),
        new(CaseCategories.AccountSecurity, "phishing",
            ["钓鱼", "诈骗", "骗子", "可疑链接", "验证码被", "phishing", "scam", "fraud", "suspicious link", "fake website"], []),
        new(CaseCategories.PaymentFailure, "insufficient-balance",
            ["余额不足", "余额不够", "insufficient", "not enough balance", "low balance"], ["51"]),
        new(CaseCategories.PaymentFailure, "limit-exceeded",
            ["限额", "超限", "超过额度", "limit exceeded", "exceeds limit", "over the limit", "daily limit"], ["61", "65"]),
        new(CaseCategories.PaymentFailure, "bank-decline",
            ["银行拒绝", "被拒", "拒绝交易", "declined", "bank decline", "do not honor", "rejected by bank"], ["05", "57"]),
        new(CaseCategories.PaymentFailure, "network",
            ["网络", "超时", "断网", "信号", "timeout", "timed out", "network", "connection", "no signal"], ["68", "91"]),
        new(CaseCategories.PaymentFailure, "merchant-system",
            ["商户系统", "商家系统", "收银", "商户", "merchant system", "merchant error", "checkout error", "cashier"], ["96"]),
        new(CaseCategories.RefundDispute, "refund",
            ["退款", "退钱", "没收到退款", "refund", "money back"], []),
        new(CaseCategories.RefundDispute, "dispute",
            ["争议", "拒付", "重复扣款", "扣了两次", "dispute", "chargeback", "charged twice", "double charge"], []),
        new(CaseCategories.PointsRebates, "points",
            ["积分", "points", "reward points"], []),
        new(CaseCategories.PointsRebates, "rebate",
            ["返利", "返现", "优惠券", "rebate", "cashback", "cash back", "coupon"], []),
        new(CaseCategories.Complaint, "service",
            ["投诉", "态度", "不满意", "complaint", "complain", "rude", "unacceptable"], []),
        new(CaseCategories.PaymentFailure, UnknownCause,
            ["支付失败", "付款失败", "付不了", "交易失败", "扣款失败", "payment failed", "payment failure", "can't pay", "cannot pay", "transaction failed"], []),
    ];

    /// <param name="categoryHint">The agent's choice; when given, only that category's causes are considered.</param>
    public static Diagnosis Diagnose(string? subject, string? description, string? responseCode = null, string? categoryHint = null, string? priority = null)
    {
        var text = $"{subject} {description}".ToLowerInvariant();
        var candidates = Rules.Where(r => string.IsNullOrEmpty(categoryHint) || r.Category == categoryHint).ToList();

        DiagnosisRule? best = null;
        List<string> evidence = [];
        if (!string.IsNullOrWhiteSpace(responseCode) && candidates.FirstOrDefault(r => r.ResponseCodes.Contains(responseCode.Trim())) is { } byCode)
            (best, evidence) = (byCode, [$"response code {responseCode.Trim()}"]);
        else
        {
            var bestScore = 0.0;
            foreach (var rule in candidates)
            {
                var found = rule.Keywords.Where(k => text.Contains(k, StringComparison.Ordinal)).ToList();
                // "Payment failed" names the category, not a cause: any specific cause beats it.
                var score = rule.Cause == UnknownCause ? found.Count * 0.01 : found.Count;
                if (score > bestScore) (best, bestScore, evidence) = (rule, score, found);
            }
        }

        var category = best?.Category ?? (string.IsNullOrEmpty(categoryHint) ? CaseCategories.General : categoryHint);
        var urgent = category == CaseCategories.AccountSecurity || priority == Urgent;
        return new Diagnosis(category, best?.Cause, urgent ? Urgent : Normal, evidence);
    }
}
