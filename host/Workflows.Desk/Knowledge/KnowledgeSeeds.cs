namespace Workflows.Desk.Knowledge;

/// <summary>The starter knowledge base, in Simplified Chinese and English: each article is written once, when a desk starts without it.</summary>
public static class KnowledgeSeeds
{
    private static readonly KnowledgeSeed[] Starter =
    [
        new("protect-your-account", "account-security", ["stolen-account", "phishing"],
            "如何保护您的账户安全", "不要向任何人透露验证码；开启登录保护；发现异常立即冻结账户。",
            "How to keep your account safe", "Never share a verification code; turn on login protection; freeze your account at once if something looks wrong.",
            "在“我的-设置-账号与安全”中开启登录保护和设备锁，新设备登录需验证短信或人脸。定期修改登录密码，不要使用与其他网站相同的密码。不要把验证码、支付密码告诉任何人，包括自称客服的人。",
            "Turn on login protection and device lock under Me > Settings > Account & security: signing in on a new device then needs a text code or face recognition. Change your password now and then, and do not reuse one from another site. Never tell anyone your codes or payment password, not even someone who says they are from us."),
        new("spot-phishing", "account-security", ["phishing"],
            "识别钓鱼链接和诈骗短信", "官方不会通过短信链接索要密码或验证码；请只在官方应用内操作。",
            "Spotting phishing links and scam texts", "We never ask for passwords or codes through a link in a text; only act inside the official app.",
            "钓鱼短信常冒充官方、银行或快递，以“账户异常”“中奖”“退款理赔”为由，让您点击链接输入账号、密码或验证码。官方短信不含要求登录的链接；收到可疑的短信或链接，请不要点击，直接打开官方应用查看。",
            "Phishing texts and emails pretend to be us, a bank or a courier, claim an account problem, a prize or a refund, and send a link asking for your login, password or code. Our messages never contain a link asking you to sign in; if a text or email looks suspicious, do not tap the link: open the official app instead."),
        new("payment-failed-balance", "payment-failure", ["insufficient-balance"],
            "余额不足导致支付失败怎么办", "请先充值或更换支付方式，再重新发起支付。",
            "Payment failed for insufficient balance", "Top up or choose another payment method, then pay again.",
            "余额不足时，可在付款页点击“更换付款方式”选择银行卡或信用卡，或在“我的-余额-充值”中先充值再付款，充值即时到账。",
            "At checkout tap Change payment method to pay with a bank or credit card, or top up under Me > Balance > Top up first; top-ups arrive at once."),
        new("payment-limits", "payment-failure", ["limit-exceeded"],
            "支付限额说明", "单笔和单日限额由银行和账户等级决定；可在“设置-限额管理”中查看和调整。",
            "Payment limits explained", "Per-payment and daily limits come from your bank and account level; see Settings > Limits to view or raise them.",
            "未实名认证的账户余额支付额度较低。提高额度：完成实名认证、升级账户等级，或联系发卡银行调高银行卡的快捷支付限额。超过单笔限额的订单可分多次支付。",
            "Accounts without identity verification have lower limits. To raise them, verify your identity, upgrade your account level, or ask your card's bank to raise its quick-payment limit. An order above the per-payment limit can be paid in parts."),
        new("payment-network", "payment-failure", ["network", "merchant-system", "bank-decline", "unknown"],
            "网络或系统原因导致支付失败", "请检查网络后重试；如已扣款未到账，款项会在1-3个工作日内自动退回。",
            "Payment failed because of the network or a system", "Check your connection and try again; if you were charged without success, the money returns within 1-3 business days.",
            "支付失败提示“系统繁忙”“网络超时”或银行拒绝交易时，请切换网络后重试，或换一张银行卡。银行拒绝交易的常见原因：卡片状态异常、超过银行限额、银行安全校验。付款失败但已扣款的，钱会自动原路退回，无需操作。",
            "When a payment fails with \"system busy\", a timeout, or your bank declines it, switch networks and try again, or use another card. Banks decline for card problems, their own limits or security checks. If you were charged for a failed payment, the money returns by itself; you need do nothing."),
        new("points-and-rebates", "points-rebates", ["points", "rebate"],
            "积分和返利规则", "积分在交易完成后24小时内到账；返利以活动规则为准，可在“我的-权益”中查看。",
            "Points and rebates", "Points arrive within 24 hours of a completed payment; rebates follow each campaign's rules, see Me > Benefits.",
            "积分可在“我的-权益-积分”查看明细，可用于抵扣手续费或兑换礼品。活动返现一般在活动结束后7个工作日内发放到余额，未到账请以活动页说明为准。已退款的订单不发积分和返现。",
            "See your points under Me > Benefits > Points; use them against fees or for gifts. Campaign cashback usually reaches your balance within 7 business days after the campaign ends; check the campaign page if it has not. Refunded orders earn no points or cashback."),
        new("refund-timeline", "refund-dispute", ["refund", "dispute"],
            "退款到账时间", "退款原路退回：余额即时到账，银行卡1-5个工作日。",
            "When will my refund arrive?", "Refunds go back the way you paid: to your balance at once, to a bank card within 1-5 business days.",
            "商家同意退款后，钱按原支付方式退回：余额支付的即时到账，银行卡1-5个工作日到账，信用卡退回到卡的额度，以银行账单为准。超过时间仍未收到，请在账单中打开这笔退款查看进度，并把退款单号发给我们。",
            "Once the merchant approves it, the money goes back the way you paid: balance payments at once, bank cards within 1-5 business days, credit cards to the card's available credit, as your bank statement shows. If it has not arrived by then, open the refund in Transactions for its progress and send us the refund number."),
        new("how-to-complain", "complaint", ["service"],
            "投诉处理流程", "我们会在3个工作日内回访，并告知处理结果。",
            "How we handle complaints", "We call you back within 3 business days and tell you the outcome.",
            "您可以在“我的-客服中心-投诉建议”中提交投诉，写明问题和订单号。我们会在3个工作日内回访，处理结果会通过短信通知您；对结果不满意的，可申请复核。",
            "File a complaint under Me > Help > Complaints with what happened and the order number. We call you back within 3 business days and text you the outcome; if you disagree with it, you can ask for a review."),
    ];

    /// <summary>Every starter article: the first eight, then the everyday questions of accounts, payments and merchants.</summary>
    public static IEnumerable<KbArticleEntity> Articles(DateTimeOffset now) =>
        Starter.Concat(AccountSeeds.All).Concat(PaymentSeeds.All).Concat(MerchantSeeds.All).SelectMany(s => s.Articles(now));
}
