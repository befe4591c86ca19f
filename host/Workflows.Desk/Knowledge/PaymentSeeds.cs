namespace Workflows.Desk.Knowledge;

/// <summary>Starter articles on money moving: transfers, withdrawals, paying abroad, QR codes, double charges, auto-pay, refunds.</summary>
internal static class PaymentSeeds
{
    public static readonly KnowledgeSeed[] All =
    [
        new("transfer-delay", "transfers", ["transfer"],
            "转账到银行卡未到账", "转账到银行卡分实时到账、2小时到账和次日到账；超过预计时间仍未到账，请提供转账单号联系我们查询。",
            "A transfer to a bank card has not arrived", "Transfers to a bank card arrive at once, within 2 hours or the next day, depending on the speed chosen; if it is later than expected, contact us with the transfer number.",
            "在“账单”中打开这笔转账，可查看状态和预计到账时间。节假日和夜间银行系统维护可能导致延迟。收款人姓名与卡号不符时，钱会自动退回您的账户。转账给好友的余额是即时到账的。",
            "Open the transfer in Transactions for its status and expected arrival. Bank holidays and overnight bank maintenance can delay it. If the payee name does not match the card, the money comes back to you automatically. Transfers to a friend's balance arrive at once."),
        new("withdrawal", "transfers", ["withdrawal", "fees"],
            "提现到账时间和手续费", "余额提现到银行卡，每人累计有1000元免费额度，超出部分收取0.1%服务费（最低0.1元）；一般2小时内到账。",
            "Withdrawal fees and timing", "Withdrawing your balance to a bank card is free up to a lifetime total of 1,000 yuan, then costs 0.1% (at least 0.1 yuan); it usually arrives within 2 hours.",
            "在“我的-余额-提现”中选择银行卡并输入金额。服务费只按超出免费额度的部分收取。提现最晚次个工作日到账，节假日顺延。",
            "Go to Me > Balance > Withdraw, pick a card and enter the amount. The fee applies only to the part above the free allowance. The money arrives by the next business day at the latest, later over holidays."),
        new("foreign-currency", "payments", ["overseas", "currency", "exchange-rate"],
            "境外支付和汇率", "在境外商户付款时，按付款时的汇率自动换算成人民币扣款，不收取货币转换费。",
            "Paying abroad and exchange rates", "When you pay a merchant abroad, the amount is converted to yuan at the rate of the moment, with no currency conversion fee.",
            "实际汇率可在这笔交易的详情中查看。境外退款按退款当日汇率退回，金额可能与付款时略有差异。外国游客可绑定Visa、Mastercard等境外银行卡。",
            "The rate applied is shown in the payment's details. A refund from abroad uses the rate on the day of the refund, so it can differ slightly from what you paid. Visitors can link foreign Visa or Mastercard cards."),
        new("qr-code-payment", "payments", ["qr-code", "scan"],
            "扫码付款失败", "请确认二维码清晰完整、手机网络正常，并把应用更新到最新版本；商家收款码有问题时，可让商家扫您的付款码。",
            "Scanning a QR code to pay does not work", "Make sure the code is sharp and whole, your network works and the app is up to date; if the merchant's code fails, let them scan your payment code instead.",
            "付款码（向收银员出示的条码）每分钟自动刷新，截图无效。收银机扫不出来时，可调高屏幕亮度。如提示“收款方异常”，请停止付款，换一种方式。",
            "Your payment code (the barcode you show the cashier) refreshes every minute, so a screenshot will not work. Turn the screen brightness up if the scanner cannot read it. If the app says the payee is abnormal, stop and pay another way."),
        new("duplicate-charge", "payments", ["duplicate", "charged-twice"],
            "同一笔订单被扣了两次钱", "重复扣款多是网络重试造成的，核对后多扣的款项会在1-3个工作日内自动退回。",
            "Charged twice for one order", "A double charge usually comes from a retry on a bad connection; once reconciled, the extra charge is refunded automatically within 1-3 business days.",
            "请在“账单”中核对两笔交易的订单号。订单号相同：多扣的一笔会自动退回。订单号不同：商家生成了两个订单，请联系商家退款。3个工作日后仍未退回，请联系我们。",
            "Compare the order numbers of both charges in Transactions. The same order number: the extra charge comes back by itself. Different numbers: the merchant made two orders, so ask the merchant for a refund. If nothing is back after 3 business days, contact us."),
        new("auto-debit", "payments", ["auto-renew", "subscription"],
            "关闭自动扣费和免密支付", "在“我的-设置-支付设置-免密支付/自动扣款”中找到对应服务，点击“关闭服务”即可停止自动扣款。",
            "Stopping automatic payments", "Under Me > Settings > Payment settings > Auto-pay, open the service and tap Turn off to stop it charging you.",
            "会员、视频、话费等自动续费是您在商家那里开通的。关闭后下个周期不再扣款；已经扣的费用请向商家申请退款。",
            "Memberships, streaming, phone top-ups and other renewals were set up with the merchant. Once auto-pay is off, the next period is not charged; for money already taken, ask the merchant for a refund."),
        new("refund-request", "refund-dispute", ["refund"],
            "如何申请退款", "在“账单”中找到这笔订单，点击“联系商家”或“申请退款”；退款需商家同意，商家48小时内不处理的可申请平台介入。",
            "Asking for a refund", "Find the order in Transactions and tap Contact merchant or Request refund; the merchant must agree, and if they do not answer within 48 hours you can ask us to step in.",
            "商家拒绝退款或不回复时，可在订单页申请平台介入，我们会在5个工作日内给出处理结果。",
            "If the merchant refuses or does not answer, ask for our intervention from the order page; we decide within 5 business days."),
    ];
}
