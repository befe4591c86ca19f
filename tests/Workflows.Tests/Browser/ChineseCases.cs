using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Workflows.Tests.Support;
using static Workflows.Tests.SupportFlow.SupportScenario;

namespace Workflows.Tests.Browser;

/// <summary>
/// Cases in every state a Chinese desk shows, all written in Chinese: one new, one waiting for the customer, one
/// with the risk team, one past its first-response target, and one resolved whose customer got a survey link.
/// </summary>
public sealed partial record ChineseCases(Guid UnderstandTask, Guid Waiting, Guid WaitingCustomer, Guid RiskTask, string SurveyLink)
{
    public static async Task<ChineseCases> OpenAsync(HostProcess host, BrowserFixture fixture, string database, string pickup)
    {
        await fixture.SlaPolicyAsync("normal", "vip", TimeSpan.FromSeconds(1), warnAt: 0.5, database);
        var agent = await host.SignInAsync("agent1");
        var risk = await host.SignInAsync("risk1");

        var fresh = await OpenCaseAsync(agent, "周明", "积分没有到账", "上周消费的积分一直没有到账");
        await OpenCaseAsync(agent, "吴静", "付款一直失败", "在商户付款时一直提示失败", segment: "vip");

        var (waiting, waitingPhone) = await OpenWithPhoneAsync(agent, "王芳", "退款没有收到", "上周的订单退款一直没有到银行卡");
        await CompleteAsync(agent, waiting, "understand", Understood("王芳", waitingPhone, "refund-dispute"));
        await CompleteAsync(agent, waiting, "resolve_l1", new { outcome = "need-info", question = "请问退款是退到哪张银行卡？" });
        var customer = (await CaseAsync(agent, waiting)).GetProperty("case").GetProperty("customerId").GetGuid();

        var (stolen, stolenPhone) = await OpenWithPhoneAsync(agent, "李强", "账号被盗", "有人异地登录并盗刷了我的账户");
        await CompleteAsync(agent, stolen, "understand", Understood("李强", stolenPhone, "account-security"));

        var (resolved, resolvedPhone) = await OpenWithPhoneAsync(agent, "赵敏", "支付失败", "付款时提示余额不足");
        await CompleteAsync(agent, resolved, "understand", Understood("赵敏", resolvedPhone, "payment-failure"));
        await CompleteAsync(agent, resolved, "resolve_l1", new { outcome = "resolved", resolution = "已充值并重新支付" });
        await CompleteAsync(agent, resolved, "assist", new { customerSucceeded = true });

        return new ChineseCases(await TaskAtAsync(agent, fresh, "understand"), waiting, customer, await TaskAtAsync(risk, stolen, "risk_review"),
            await SurveyLinkAsync(pickup));
    }

    private static object Understood(string name, string phone, string category) =>
        new { capturedName = name, capturedPhoneLast4 = phone[^4..], agentCategory = category, summary = "已记录客户诉求" };

    private static async Task<Guid> OpenCaseAsync(HttpClient agent, string name, string subject, string description, string? segment = null) =>
        (await OpenWithPhoneAsync(agent, name, subject, description, segment)).Case;

    private static async Task<(Guid Case, string Phone)> OpenWithPhoneAsync(HttpClient agent, string name, string subject, string description, string? segment = null)
    {
        var phone = "136" + Random.Shared.NextInt64(10_000_000, 99_999_999);
        var opened = await Workflows.Tests.SupportFlow.SupportScenario.OpenAsync(agent, new { channel = "wechat", customer = new { phone, name, language = "zh-CN", segment }, subject, description });
        return (opened.GetProperty("case").GetProperty("id").GetGuid(), phone);
    }

    private static async Task<string> SurveyLinkAsync(string pickup)
    {
        for (var until = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(250))
        {
            var link = Directory.GetFiles(pickup, "*.json").Select(File.ReadAllText).Select(m => Link().Match(m)).FirstOrDefault(m => m.Success)?.Value;
            if (link is not null) return link;
            Assert.True(DateTime.UtcNow < until, "no survey message was sent");
        }
    }

    [GeneratedRegex(@"https?://[^\s""\\]+/survey/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex Link();
}
