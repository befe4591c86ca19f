using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Workflows.Tests.Support;
using Workflows.Tests.SupportFlow;

namespace Workflows.Tests.Browser;

/// <summary>
/// A phone call, end to end in the browser: the agent opens a case by hand, finds it again by the caller's number
/// when it waits for the customer, logs what the customer said, and sees the customer's whole history.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CasePagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AnAgent_OpensACaseForACall_FindsItAgainWhileItWaits_LogsTheReply_AndSeesTheCustomer()
    {
        var phone = "135" + Random.Shared.NextInt64(10_000_000, 99_999_999);
        var page = await fixture.PageAsync();
        await BrowserFixture.SignInAsync(page, "agent1");
        await page.ClickAsync("[data-nav=cases]");
        await page.ClickAsync("[data-action=new-case]");

        var form = page.GetByTestId("new-case");
        await form.Locator("select[name=channel]").SelectOptionAsync("phone");
        await form.Locator("input[name=name]").FillAsync("Wang Fang");
        await form.Locator("input[name=phone]").FillAsync(phone);
        await form.Locator("input[name=subject]").FillAsync("Refund never arrived");
        var pasted = string.Join(" ", Enumerable.Repeat("The bank says the money left on the 3rd and should have arrived within five working days.", 5));
        await form.Locator("textarea[name=description]").FillAsync("The refund for last week's order never reached my card. " + pasted);
        await page.ClickAsync("[data-action=open-case]");

        await Assertions.Expect(page.Locator("[data-testid=case-state]")).ToBeVisibleAsync();
        var caseId = page.Url.Split('/').Last();
        var number = (await page.Locator(".case-head h2").TextContentAsync())!.Split(' ')[0];
        Assert.StartsWith("CS-", number);

        // The flow asks the customer for more (through the API, as the agents working it would), and the case waits.
        var agent = await fixture.Host.SignInAsync("agent1");
        await SupportScenario.CompleteAsync(agent, Guid.Parse(caseId), "understand", new { capturedName = "Wang Fang", capturedPhoneLast4 = phone[^4..], agentCategory = "refund-dispute", summary = "Refund missing" });
        await SupportScenario.CompleteAsync(agent, Guid.Parse(caseId), "resolve_l1", new { outcome = "need-info", question = "Which card was the refund for?" });

        // The customer calls back: the agent finds the case by the number they call from.
        await page.ClickAsync("[data-nav=cases]");
        await page.FillAsync("[data-testid=case-search] input[name=q]", phone);
        await page.Keyboard.PressAsync("Enter");
        var row = page.Locator($"[data-testid=case-results] tr[data-case='{number}']");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "waiting-customer");
        await row.Locator("a").ClickAsync();

        await page.FillAsync("[data-testid=customer-reply]", "It was the Visa card ending 4242");
        await page.ClickAsync("[data-action=log-reply]");
        await Assertions.Expect(page.GetByTestId("case-status")).ToContainTextAsync("the flow moves on");
        await Assertions.Expect(page.Locator("[data-testid=case-state]")).Not.ToHaveAttributeAsync("data-status", "waiting-customer", new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("Visa card ending 4242");
        // The long description is folded on the timeline: its start shows, the rest opens on a click.
        var folded = page.Locator("[data-testid=timeline] details.long-text").First;
        await Assertions.Expect(folded.Locator("summary")).ToContainTextAsync("never reached my card");
        await Assertions.Expect(folded.Locator("p")).Not.ToBeVisibleAsync();
        await folded.Locator("summary").ClickAsync();
        await Assertions.Expect(folded.Locator("p")).ToBeVisibleAsync();

        // The call itself is logged on the case: it joins the timeline with who called, the number and the length.
        await page.Locator(".case-calls summary").ClickAsync();
        var call = page.GetByTestId("call-form");
        await call.GetByTestId("call-number").FillAsync(phone);
        await call.GetByTestId("call-minutes").FillAsync("4");
        await call.GetByTestId("call-seconds").FillAsync("12");
        await call.GetByTestId("call-notes").FillAsync("Confirmed the Visa card on the phone");
        await call.GetByTestId("call-log").ClickAsync();
        var logged = page.Locator("[data-testid=timeline] li[data-kind=call]");
        await Assertions.Expect(logged).ToHaveCountAsync(1);
        await Assertions.Expect(logged).ToContainTextAsync("Call from the customer");
        await Assertions.Expect(logged).ToContainTextAsync($"{phone} · 4:12");
        await Assertions.Expect(logged).ToContainTextAsync("Confirmed the Visa card on the phone");

        await page.ClickAsync(".case-head [data-action=customer]");
        var profile = page.GetByTestId("customer-profile");
        await Assertions.Expect(profile.Locator($"[data-testid=customer-cases] tr[data-case='{number}']")).ToHaveCountAsync(1);
        await Assertions.Expect(profile.GetByTestId("customer-messages")).ToContainTextAsync("Visa card ending 4242");
        await Assertions.Expect(profile.GetByTestId("customer-messages")).ToContainTextAsync("never reached my card");
        await Assertions.Expect(profile.GetByTestId("contacts")).ToContainTextAsync(phone);
    }

    [Fact]
    public async Task SuggestedReplies_GoIntoTheReplyBox_ForTheAgentToEdit_AndFraudIsFlagged()
    {
        var agent = await fixture.Host.SignInAsync("agent1");
        async Task<string> OpenAsync(string description)
        {
            var opened = await agent.PostAsJsonAsync("/api/cases", new
            {
                channel = "wechat", customer = new { weChat = $"o{Guid.NewGuid():N}"[..28], name = "微信用户 林", language = "zh-CN" }, subject = "咨询", description,
            });
            opened.EnsureSuccessStatusCode();
            return (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("id").GetString()!;
        }
        var refund = await OpenAsync("退款申请一个星期了还没到账，钱什么时候能退回来？");
        var expected = (await agent.GetFromJsonAsync<JsonElement>($"/api/cases/{refund}/suggestions")).GetProperty("articles")[0];

        var page = await fixture.PageAsync("zh-CN");
        await BrowserFixture.SignInAsync(page, "agent1");
        await page.GotoAsync($"/#/cases/{refund}");
        await page.ClickAsync("[data-action=suggest]");
        var first = page.Locator($"[data-testid=suggestions] li[data-suggestion='{expected.GetProperty("slug").GetString()}']");
        await Assertions.Expect(first).ToContainTextAsync(expected.GetProperty("title").GetString()!);
        await page.FillAsync("[data-testid=reply]", "您好，");
        await first.Locator("[data-action=use-suggestion]").ClickAsync();
        // Put after what the agent wrote, for them to edit; nothing was sent.
        await Assertions.Expect(page.GetByTestId("reply")).ToHaveValueAsync($"您好，\n\n{expected.GetProperty("summary").GetString()}");
        var sent = (await agent.GetFromJsonAsync<JsonElement>($"/api/cases/{refund}")).GetProperty("timeline").EnumerateArray();
        Assert.DoesNotContain(sent, e => e.GetProperty("kind").GetString() is "agent-reply" || e.GetProperty("kind").GetString()!.StartsWith("education:"));

        var fraud = await OpenAsync("我的账户被盗了，有人盗刷了我的银行卡");
        await page.GotoAsync($"/#/cases/{fraud}");
        await page.ClickAsync("[data-action=suggest]");
        await Assertions.Expect(page.Locator("[data-testid=suggestions] [data-hand-off=fraud]")).ToContainTextAsync("涉及欺诈或账户冻结");
    }

    [Fact]
    public async Task TheServersProblems_AreShownInTheUsersLanguage()
    {
        var page = await fixture.PageAsync("zh-CN");
        await BrowserFixture.SignInAsync(page, "agent1");
        var missing = Guid.NewGuid();

        await page.GotoAsync($"/#/cases/{missing}");

        // The server said "Case … was not found." with the code not-found and the kind "case"; the page says it in Chinese.
        await Assertions.Expect(page.GetByTestId("case-status")).ToHaveTextAsync($"未找到工单 {missing}。");
    }

    [Fact]
    public async Task InChinese_TheShippedFlowsTasks_StatusesAndChannels_AreWords()
    {
        var agent = await fixture.Host.SignInAsync("agent1");
        var phone = "133" + Random.Shared.NextInt64(10_000_000, 99_999_999);
        var opened = JsonDocument.Parse(await (await agent.PostAsJsonAsync("/api/cases", new
        {
            channel = "wechat", customer = new { phone, name = "周明" }, subject = "积分没有到账", description = "上周的积分没有到账",
        })).Content.ReadAsStringAsync()).RootElement.GetProperty("case");
        var page = await fixture.PageAsync("zh-CN");
        await BrowserFixture.SignInAsync(page, "agent1");

        await page.GotoAsync($"/#/cases/{opened.GetProperty("id").GetString()}");

        await Assertions.Expect(page.GetByTestId("open-tasks")).ToContainTextAsync("了解客户诉求");
        await Assertions.Expect(page.GetByTestId("case-state")).ToHaveTextAsync("新建");
        await Assertions.Expect(page.Locator(".case-head")).ToContainTextAsync("微信");
    }
}
