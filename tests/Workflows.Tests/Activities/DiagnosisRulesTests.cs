using Workflows.Activities.Diagnosis;

namespace Workflows.Tests.Activities;

public sealed class DiagnosisRulesTests
{
    [Theory]
    [InlineData("支付失败", "付款时提示余额不足", "payment-failure", "insufficient-balance")]
    [InlineData("Payment failed", "It says insufficient funds, balance too low", "payment-failure", "insufficient-balance")]
    [InlineData("付款失败", "超过单日限额了", "payment-failure", "limit-exceeded")]
    [InlineData("Card payment", "Payment failed: exceeds limit for today", "payment-failure", "limit-exceeded")]
    [InlineData("交易失败", "一直显示网络超时", "payment-failure", "network")]
    [InlineData("Checkout", "The merchant system showed a checkout error", "payment-failure", "merchant-system")]
    [InlineData("付款失败", "银行拒绝交易", "payment-failure", "bank-decline")]
    [InlineData("账号被盗", "有人异地登录", "account-security", "stolen-account")]
    [InlineData("Suspicious", "I clicked a phishing link in a text", "account-security", "phishing")]
    [InlineData("积分", "积分没有到账", "points-rebates", "points")]
    [InlineData("Cashback", "My cashback is missing", "points-rebates", "rebate")]
    [InlineData("退款", "商品退了但没收到退款", "refund-dispute", "refund")]
    [InlineData("Charged twice", "I was charged twice, I want a chargeback", "refund-dispute", "dispute")]
    [InlineData("投诉", "客服态度很差，我要投诉", "complaint", "service")]
    [InlineData("支付失败", "支付失败了", "payment-failure", "unknown")]
    public void Diagnose_FindsCategoryAndCause_InChineseAndEnglish(string subject, string description, string category, string cause)
    {
        var diagnosis = DiagnosisRules.Diagnose(subject, description);

        Assert.Equal((category, cause), (diagnosis.Category, diagnosis.Cause));
        Assert.NotEmpty(diagnosis.Evidence);
    }

    [Fact]
    public void ResponseCode_BeatsWords()
    {
        var diagnosis = DiagnosisRules.Diagnose("付款失败", "网络好像有问题", responseCode: "51");

        Assert.Equal("insufficient-balance", diagnosis.Cause);
        Assert.Equal(["response code 51"], diagnosis.Evidence);
    }

    [Fact]
    public void AccountSecurity_IsAlwaysUrgent_OthersKeepTheGivenPriority()
    {
        Assert.Equal("urgent", DiagnosisRules.Diagnose("stolen", "my account was hacked").Priority);
        Assert.Equal("normal", DiagnosisRules.Diagnose("points", "no points").Priority);
        Assert.Equal("urgent", DiagnosisRules.Diagnose("points", "no points", priority: "urgent").Priority);
    }

    [Fact]
    public void AgentsCategory_NarrowsTheRules_AndUnknownTextIsGeneral()
    {
        Assert.Equal(("refund-dispute", (string?)null), Pair(DiagnosisRules.Diagnose("hello", "limit exceeded", categoryHint: "refund-dispute")));
        Assert.Equal(("general", (string?)null), Pair(DiagnosisRules.Diagnose("hello", "how do I change my nickname?")));
    }

    private static (string, string?) Pair(Diagnosis d) => (d.Category, d.Cause);
}
