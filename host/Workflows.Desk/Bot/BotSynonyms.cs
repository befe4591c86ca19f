using System.Text.RegularExpressions;

namespace Workflows.Desk.Bot;

/// <summary>
/// How customers say what the knowledge base words differently: "钱没到" for 到账, "cash out" for withdraw. A phrase
/// found in a question adds the knowledge base's words to the search, and takes nothing away, so a customer who already
/// writes like the articles loses nothing. Chinese phrases are matched as substrings (jieba cuts colloquial text in
/// surprising places); English ones as whole words. The table is about payments, not about any one article.
/// </summary>
public static partial class BotSynonyms
{
    private static readonly (string[] Phrases, string Adds)[] Chinese =
    [
        (["钱不够", "余额不足", "没钱了", "不够付", "余额不够", "零钱不够", "冲值", "充钱"], "余额不足 充值"),
        (["付不了", "付不出", "支付不成功", "付款不成功", "买不了", "交易失败", "付款失败"], "支付失败"),
        (["额度", "上限", "最多能付", "最多付", "超额", "超了", "限额"], "限额"),
        (["转圈", "卡住", "系统繁忙", "超时", "没网", "网络不好"], "网络 系统"),
        (["返现", "返钱", "奖励", "积分"], "积分 返利"),
        (["退的钱", "退钱", "退回来", "退给我", "退了"], "退款"),
        (["不满意", "投诉", "反映", "太慢了", "态度差"], "投诉"),
        (["安全", "保护", "登我的号", "登录我的"], "账户安全 登录保护"),
        (["短信链接", "发链接", "点链接", "中奖", "官方发的", "是你们发的"], "钓鱼链接 短信 官方"),
        (["绑卡", "绑不上", "加卡", "加一张", "添加卡", "新卡", "信用卡", "储蓄卡", "解绑", "旧卡"], "添加银行卡 绑定 解除绑定"),
        (["实名", "认证", "身份证", "刷脸", "人脸", "护照", "外国人"], "实名认证 身份证 人脸识别"),
        (["密码忘", "忘了密码", "忘记密码", "改密码", "支付密码", "输错"], "支付密码 忘记密码 重置"),
        (["验证码", "短信码", "收不到短信", "验证短信"], "短信验证码"),
        (["换手机号", "换号", "手机号换", "换绑", "新号", "停机", "号码不用"], "更换 手机号"),
        (["消费记录", "流水", "明细", "账单", "收支", "记录"], "账单 交易记录 流水"),
        (["销户", "注销", "不想用了", "删除账号"], "注销账户"),
        (["转到银行卡", "转账", "卡上转", "转给"], "转账 银行卡"),
        (["提现", "提到卡", "取出来", "转出到卡", "零钱提"], "提现"),
        (["国外", "境外", "海外", "出国", "外币", "美元", "日元", "欧元", "日本", "美国", "汇率"], "境外 汇率"),
        (["二维码", "扫码", "扫一扫", "付款码", "收银员", "扫不"], "扫码 付款码 二维码"),
        (["两次", "两遍", "2次", "重复扣", "多扣", "扣了两"], "重复扣款 两次"),
        (["自动扣", "自动续费", "续费了", "不想续", "会员费", "包月", "免密", "每个月扣"], "自动扣款 免密支付 自动续费"),
        (["不想要了", "退货", "申请退", "不给退", "商家不退"], "申请退款 商家"),
        (["营业款", "我是商家", "商户", "结算", "店里", "我的店"], "商户 结算"),
        (["费率", "扣点", "抽成", "手续费", "收费"], "手续费 费率"),
        (["收款码", "商家码", "开店", "个体户"], "商家收款码"),
        (["发票", "开票", "报销", "专票", "普票", "税号"], "发票"),
    ];

    private static readonly (string[] Phrases, string Adds)[] English =
    [
        (["not enough money", "insufficient", "top up", "top-up", "balance too low", "no money"], "insufficient balance top up"),
        (["didnt go thru", "didn't go through", "wont go through", "won't go through", "doesnt go through", "failed", "declined", "rejected", "refused"], "payment failed decline"),
        (["max", "maximum", "cap", "limit", "too big", "too much", "increase", "raise"], "limit"),
        (["timing out", "times out", "timeout", "spinning", "network", "connection", "error"], "network system"),
        (["cashback", "cash back", "rewards", "reward", "points", "promo"], "points rebates"),
        (["refunded", "refund"], "refund"),
        (["complain", "complaint", "unhappy", "bad service", "terrible"], "complaint"),
        (["secure", "safe", "safety", "protect", "login protection"], "account safe protection"),
        (["link", "suspicious text", "suspicious message", "really from you", "from you", "legit", "is it real"], "phishing link text official"),
        (["add a card", "add card", "link my", "link a", "bind", "debit card", "credit card", "remove", "unlink", "old card"], "add bank card unlink"),
        (["verify", "verification", "verifying", "id card", "my id", "identity", "kyc", "passport", "face scan", "foreigner"], "identity verification face recognition"),
        (["pin", "forgot password", "forgot my password", "wrong password", "change my payment password", "payment password", "reset"], "payment password forgot reset"),
        (["sms", "otp", "code", "text message", "no text"], "verification code text"),
        (["new number", "new phone number", "change mobile", "mobile number", "phone number", "old number"], "change phone number"),
        (["past payments", "history", "statement", "records", "transactions", "spending"], "transactions statement"),
        (["delete my account", "close my account", "cancel my account", "delete account", "close account", "permanently"], "close account"),
        (["transfer", "transferred", "sent money", "send money", "bank account"], "transfer bank card"),
        (["cash out", "withdraw", "withdrawal", "taking money out", "take money out"], "withdrawal fee"),
        (["abroad", "overseas", "foreign", "exchange rate", "usd", "dollars", "euro", "yen", "traveling", "travelling", "travel"], "abroad exchange rate currency"),
        (["qr", "scan", "scanner", "scanning", "barcode", "payment code", "cashier"], "qr code scan payment code"),
        (["twice", "double", "two charges", "identical charges", "charged 2"], "charged twice duplicate"),
        (["subscription", "auto renew", "auto-renew", "autorenew", "recurring", "auto pay", "auto-pay", "membership"], "automatic payments auto-pay"),
        (["money back", "seller", "return", "refund request", "refuses"], "refund merchant"),
        (["merchant", "merchants", "my shop", "my store", "takings", "business", "paid out", "payout", "settled", "settlement"], "merchant settlement"),
        (["fee", "fees", "commission", "rate", "charge for"], "fee rate"),
        (["shop", "qr code to accept", "accept payments", "business code", "merchant code"], "merchant qr code"),
        (["invoice", "fapiao", "vat", "receipt", "tax"], "invoice"),
    ];

    [GeneratedRegex(@"[^a-z0-9'\- ]+")]
    private static partial Regex NotWords();

    /// <summary>The question followed by the knowledge base's words for what it says.</summary>
    public static string Expand(string question, string language)
    {
        if (language.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            return string.Join(' ', Chinese.Where(s => s.Phrases.Any(question.Contains)).Select(s => s.Adds).Prepend(question));
        var padded = $" {NotWords().Replace(question.ToLowerInvariant(), " ")} ";
        return string.Join(' ', English.Where(s => s.Phrases.Any(p => padded.Contains($" {p} ", StringComparison.Ordinal))).Select(s => s.Adds).Prepend(question));
    }
}
