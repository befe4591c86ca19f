namespace Workflows.Desk.Knowledge;

/// <summary>Starter articles for merchants and the paperwork: settlement, fees, merchant QR codes, invoices.</summary>
internal static class MerchantSeeds
{
    public static readonly KnowledgeSeed[] All =
    [
        new("merchant-settlement", "merchant", ["merchant", "settlement"],
            "商户结算周期和到账时间", "商户收款默认T+1结算：交易次日自动结算到商户的对公或法人银行账户，节假日顺延。",
            "Merchant settlement schedule", "Merchant takings settle T+1 by default: the day after the sale, to the business or owner bank account on file, later over holidays.",
            "在商户平台“资金-结算记录”中查看每笔结算。结算失败的常见原因：结算账户信息有误、账户状态异常、商户资料未审核通过。修改结算账户需上传开户许可证或银行卡照片。",
            "See each settlement under Funds > Settlements in the merchant portal. Settlement fails when the account details are wrong, the bank account has a problem, or the merchant's documents are not yet approved. Changing the settlement account needs the account-opening permit or a photo of the card."),
        new("merchant-fees", "merchant", ["merchant", "fees", "rate"],
            "商户收款手续费费率", "商户收款按交易金额收取手续费：标准费率0.6%，小微商户0.38%，在结算时自动扣除。",
            "Merchant transaction fees", "Merchants pay a fee on each sale: 0.6% standard, 0.38% for micro merchants, deducted automatically at settlement.",
            "签约费率可在商户平台“账户-费率”中查看。发生退款时，手续费按比例退还。",
            "Your contracted rate is under Account > Rates in the merchant portal. On a refund, the fee is returned in proportion."),
        new("merchant-qr-code", "merchant", ["merchant", "qr-code"],
            "申请商家收款码", "个体户和小商家可在“收钱-商家收款码”中免费申请，上传身份证和经营场所照片，审核1-3个工作日。",
            "Getting a merchant QR code", "Sole traders and small shops apply free of charge under Collect > Merchant code with their ID and photos of the premises; review takes 1-3 business days.",
            "商家收款码支持信用卡收款、收款语音播报和经营流水，可开通T+1结算到银行卡。企业申请需提供营业执照。个人收款码用于经营收款的，超过一定笔数后需升级为商家收款码。",
            "A merchant code takes credit cards, announces payments aloud and keeps a sales record, with T+1 settlement to your bank card. Companies also provide their business licence. A personal code used for business must be upgraded beyond a number of payments a month."),
        new("invoice-request", "invoices", ["invoice"],
            "如何开具发票", "我们收取的手续费、服务费的电子发票可在“我的-发票”中申请，3个工作日内发送到邮箱；购买商品的发票请向商家索取。",
            "Getting an invoice (fapiao)", "E-invoices for the fees we charge are requested under Me > Invoices and arrive by email within 3 business days; for what you bought, ask the merchant.",
            "支持增值税普通发票和专用发票，专票需填写税号、开户行和地址。发票抬头可选个人或企业。在商家消费的商品和服务，发票由商家开具，我们无法代开。",
            "We issue ordinary and special VAT invoices; a special one needs the tax ID, bank and address. The invoice can be made out to a person or a company. Invoices for goods and services you bought come from the merchant; we cannot issue them for the merchant."),
    ];
}
