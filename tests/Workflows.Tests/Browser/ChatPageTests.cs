using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Tests.Support;

namespace Workflows.Tests.Browser;

/// <summary>
/// A chat from the customer page to an agent and back, in two browsers: the customer proves their phone with the code
/// the SMS brought, writes, reads the assistant's article, says it did not help and is handed to a person, then sees the
/// agent's reply and their typing; the agent answers from the case's page and sees the customer's next message arrive.
/// Cite: issue 20, parts 3 and 6.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ChatPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ACustomerOnChat_TalksWithAnAgentOnTheDesk_AndBack()
    {
        var database = await fixture.CreateDatabaseAsync("chat_page");
        var pickup = Directory.CreateTempSubdirectory("chat-page-outbox").FullName;
        await using var host = await HostProcess.StartAsync(database, pickup);
        using var api = await host.SignInAsync("agent1");
        (await api.PutAsJsonAsync("/api/me/presence", new { status = "online" })).EnsureSuccessStatusCode();
        var phone = "+86137" + Random.Shared.Next(10_000_000, 99_999_999);

        var customer = await fixture.PageAsync("zh-CN", host);
        await customer.GotoAsync("/chat");
        await Assertions.Expect(customer.Locator("h1")).ToHaveTextAsync("在线客服");
        await customer.GetByLabel("手机号或电子邮箱").FillAsync(phone);
        await customer.GetByRole(AriaRole.Button, new() { Name = "获取验证码" }).ClickAsync();
        await customer.GetByLabel("6 位验证码").FillAsync(await CodeAsync(pickup, phone));
        await customer.GetByRole(AriaRole.Button, new() { Name = "继续" }).ClickAsync();
        await customer.GetByLabel("请问有什么可以帮您？").FillAsync("同一个订单扣了我两遍钱");
        await customer.GetByRole(AriaRole.Button, new() { Name = "开始咨询" }).ClickAsync();
        var log = customer.GetByRole(AriaRole.Log);
        // The assistant answers first, from the knowledge base, and asks whether that solved it.
        await Assertions.Expect(log.Locator(".chat-entry.outbound", new() { HasText = "同一笔订单被扣了两次钱" })).ToContainTextAsync("智能助手");
        await Assertions.Expect(customer.GetByText("随时输入“人工”")).ToBeVisibleAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "未解决，转人工" }).ClickAsync();
        await Assertions.Expect(log).ToContainTextAsync("已为您接通在线客服");
        await Assertions.Expect(customer.GetByText(CaseHeading())).ToBeVisibleAsync();
        await Assertions.Expect(customer.GetByRole(AriaRole.Button, new() { Name = "未解决，转人工" })).ToBeHiddenAsync();

        var found = await api.GetFromJsonAsync<JsonElement>($"/api/cases?q={Uri.EscapeDataString(phone)}");
        var caseId = found.GetProperty("items")[0].GetProperty("id").GetString();
        var agent = await fixture.PageAsync("en-US", host);
        await BrowserFixture.SignInAsync(agent, "agent1");
        await agent.GotoAsync($"/#/cases/{caseId}");
        await Assertions.Expect(agent.GetByTestId("timeline")).ToContainTextAsync("同一个订单扣了我两遍钱");
        await Assertions.Expect(agent.GetByTestId("timeline")).ToContainTextAsync("客户表示文章没有解决问题");

        // Typing, both ways: the customer's keys show on the agent's case, the agent's on the customer's page.
        await customer.GetByLabel("输入消息").FillAsync("尾号");
        await Assertions.Expect(agent.GetByTestId("customer-typing")).ToHaveTextAsync("The customer is typing…", new() { Timeout = 10_000 });
        await agent.GetByTestId("reply").FillAsync("您好，请问是哪张卡？");
        await Assertions.Expect(customer.GetByText("客服正在输入…")).ToBeVisibleAsync();
        await agent.ClickAsync("[data-action=send-reply]");
        await Assertions.Expect(log.Locator(".chat-entry.outbound", new() { HasText = "您好，请问是哪张卡？" })).ToBeVisibleAsync();

        await customer.GetByLabel("输入消息").FillAsync("尾号 <b>4242</b> 的卡");
        await customer.GetByRole(AriaRole.Button, new() { Name = "发送", Exact = true }).ClickAsync();
        await Assertions.Expect(agent.GetByTestId("timeline")).ToContainTextAsync("尾号 <b>4242</b> 的卡", new() { Timeout = 15_000 });
        await Assertions.Expect(log).ToContainTextAsync("尾号 <b>4242</b> 的卡"); // the customer's words, as text

        // English and large type, for the customer who needs them; both stay after a reload.
        await customer.GetByRole(AriaRole.Button, new() { Name = "大字模式" }).ClickAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "切换到英文" }).ClickAsync();
        await customer.ReloadAsync();
        await Assertions.Expect(customer.Locator("h1")).ToHaveTextAsync("Customer support chat");
        await Assertions.Expect(customer.Locator("main.chat-page.large")).ToBeVisibleAsync();
        await Assertions.Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("尾号 <b>4242</b> 的卡");
        Directory.Delete(pickup, recursive: true);
    }

    private static async Task<string> CodeAsync(string pickup, string phone)
    {
        for (var i = 0; i < 100; i++)
        {
            var sms = Directory.GetFiles(pickup, "*.json").Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("Payload"))
                .FirstOrDefault(p => p.GetProperty("to").GetString() == phone && p.GetProperty("kind").GetString() == "chat-code");
            if (sms.ValueKind == JsonValueKind.Object) return SixDigits().Match(sms.GetProperty("body").GetString()!).Value;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No code reached {phone}.");
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    [GeneratedRegex(@"^工单 CS-\d{4}-\d{6}$")]
    private static partial Regex CaseHeading();
}
