using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Workflows.Tests.Support;

namespace Workflows.Tests.Browser;

/// <summary>The agent workspace in Chromium: queues with live SLA countdowns, the keyboard, forms, escalation, claims.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InboxPageTests(BrowserFixture fixture)
{
    private async Task<(Guid CaseId, string Number, string Phone)> OpenCaseAsync(string segment, string? priority, string subject, string description)
    {
        var phone = "139" + Random.Shared.NextInt64(10_000_000, 99_999_999);
        var agent = await fixture.Host.SignInAsync("agent1");
        var response = await agent.PostAsJsonAsync("/api/cases", new
        {
            channel = "phone", customer = new { phone, name = "Zhang Wei", segment, language = "en" }, subject, description, priority,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var opened = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("case");
        return (opened.GetProperty("id").GetGuid(), opened.GetProperty("number").GetString()!, phone);
    }

    private static ILocator Row(IPage page, string number) => page.Locator($"[data-testid=inbox] tr[data-case='{number}']");

    private async Task<IPage> InboxAsync(string user)
    {
        var page = await fixture.PageAsync();
        await BrowserFixture.SignInAsync(page, user);
        await page.GotoAsync("/#/inbox");
        await page.WaitForSelectorAsync("[data-testid=inbox]");
        return page;
    }

    [Fact]
    public async Task Agent1_ClaimsTheUrgentCaseAtTheTop_AndCompletesUnderstandAndResolveWithTheForms()
    {
        await OpenCaseAsync("consumer", "normal", "Card declined", "My card payment failed at checkout");
        var (caseId, number, phone) = await OpenCaseAsync("consumer", "urgent", "Payment failed twice", "My payment failed because of the network");
        var page = await InboxAsync("agent1");

        // Every filter is labelled.
        foreach (var label in new[] { "Sort", "Channel", "Category", "Priority" })
            await Assertions.Expect(page.GetByLabel(label, new() { Exact = true })).ToHaveCountAsync(1);

        // Sorted by SLA left: the urgent case's 2 minutes come first, counting down.
        var top = page.Locator("[data-testid=inbox] tbody tr").First;
        await Assertions.Expect(top).ToHaveAttributeAsync("data-case", number, new() { Timeout = 10_000 });
        var countdown = await top.Locator("td.sla").TextContentAsync();
        Assert.Matches(@"^1:\d\d$", countdown);
        // It ticks: wait for the next second to show, however slowly a loaded machine paints it.
        await Assertions.Expect(top.Locator("td.sla")).Not.ToHaveTextAsync(countdown!, new() { Timeout = 10_000 });
        Assert.Matches(@"^1:\d\d$", await top.Locator("td.sla").TextContentAsync());

        // From the keyboard: the first row is selected; c claims it, Enter opens it.
        await page.Keyboard.PressAsync("c");
        await Assertions.Expect(top.Locator("[data-assignee]")).ToHaveAttributeAsync("data-assignee", "agent1");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("[data-testid=task-form] .fjs-form");
        await Assertions.Expect(page.GetByTestId("claim-state")).ToHaveAttributeAsync("data-assignee", "agent1");
        // Completing without the required name is stopped by the form itself.
        await page.ClickAsync("[data-action=complete]");
        await Assertions.Expect(page.GetByTestId("task-status")).ToContainTextAsync("marked field");
        await page.GetByLabel("Customer's name").FillAsync("Zhang Wei");
        await page.GetByLabel("Last 4 digits of phone").FillAsync(phone[^4..]);
        await page.GetByLabel("What the customer needs").FillAsync("Payment failed twice; wants it to go through");
        await page.ClickAsync("[data-action=complete]");
        await Assertions.Expect(page.GetByTestId("task-status")).ToHaveTextAsync("Task completed.");

        // Verify and diagnose run; the case comes back to L1 to resolve.
        await page.GotoAsync("/#/inbox");
        var resolve = page.Locator($"[data-testid=inbox] tr[data-case='{number}']");
        await Assertions.Expect(resolve).ToContainTextAsync("Resolve (L1)", new() { Timeout = 20_000 });
        await resolve.Locator("a").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=task-form] .fjs-form");
        await page.ClickAsync("[data-action=claim]");
        await page.GetByLabel("Resolved").CheckAsync();
        await page.GetByLabel("What was done").FillAsync("Asked the customer to retry on a stable network");
        await page.ClickAsync("[data-action=complete]");
        await Assertions.Expect(page.GetByTestId("task-status")).ToHaveTextAsync("Task completed.");

        var timeline = page.GetByTestId("timeline");
        await Assertions.Expect(timeline.Locator("li[data-kind=TaskCompleted]")).ToHaveCountAsync(2);
        await Assertions.Expect(timeline).ToContainTextAsync("Understand the request");
        await Assertions.Expect(timeline).ToContainTextAsync("Resolve (L1)");
        Assert.NotEqual(Guid.Empty, caseId);
    }

    [Fact]
    public async Task Escalating_ClosesTheForm_ReadOnly_WithOneMessage_AndNoFieldErrors()
    {
        var (_, number, phone) = await OpenCaseAsync("consumer", null, "Payment failed", "The payment failed at checkout");
        var agent1 = await fixture.Host.SignInAsync("agent1");
        var understand = JsonDocument.Parse(await agent1.GetStringAsync("/api/inbox?limit=200")).RootElement.EnumerateArray()
            .First(r => r.GetProperty("caseNumber").GetString() == number).GetProperty("taskId").GetGuid();
        (await agent1.PostAsJsonAsync($"/api/tasks/{understand}/complete", new
        {
            variables = new { capturedName = "Zhang Wei", capturedPhoneLast4 = phone[^4..], agentCategory = "payment-failure", summary = "Payment failed at checkout" },
        })).EnsureSuccessStatusCode();
        var page = await InboxAsync("agent1");
        await Assertions.Expect(Row(page, number)).ToContainTextAsync("Resolve (L1)", new() { Timeout = 20_000 });
        await Row(page, number).Locator("a").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=task-form] .fjs-form");
        await page.ClickAsync("[data-action=claim]");

        // Escalating needs none of the resolution's fields: the required "What was done" stays empty.
        await page.ClickAsync("[data-action=escalate]");

        await Assertions.Expect(page.GetByTestId("task-status")).ToHaveTextAsync("Escalated. The task is done and the case has moved on to the next level.");
        await Assertions.Expect(page.Locator("[data-testid=task-form] .fjs-form-field-error")).ToHaveCountAsync(0);
        const string inputs = ":is(.fjs-form-field-textfield, .fjs-form-field-textarea, .fjs-form-field-radio, .fjs-form-field-checkbox, .fjs-form-field-select, .fjs-form-field-number)";
        await Assertions.Expect(page.Locator($"[data-testid=task-form] .fjs-form-field{inputs}.fjs-readonly").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-testid=task-form] .fjs-form-field{inputs}:not(.fjs-readonly)")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("Escalate to L2")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("[data-action=complete], [data-action=escalate]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ACaseEscalatedByTheSlaTimer_AppearsInAgent2sL2Queue_WithoutAReload()
    {
        await fixture.SlaPolicyAsync("normal", "partner", TimeSpan.FromSeconds(4), warnAt: 0.25);
        var page = await InboxAsync("agent2");
        await Assertions.Expect(page.Locator("[data-queue=agent-l2][aria-selected=true]")).ToHaveCountAsync(1);

        var (_, number, _) = await OpenCaseAsync("partner", "normal", "Points missing", "My reward points never arrived");

        await Assertions.Expect(Row(page, number)).ToContainTextAsync("Understand the request (L2)", new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task Agent1_NeverSeesRiskTasks_InThePageOrThroughTheApi()
    {
        var (caseId, number, phone) = await OpenCaseAsync("consumer", null, "账号被盗", "我的账号被盗了，有人异地登录并盗刷");
        var agent1 = await fixture.Host.SignInAsync("agent1");
        var understand = JsonDocument.Parse(await agent1.GetStringAsync($"/api/inbox?limit=200")).RootElement.EnumerateArray()
            .First(r => r.GetProperty("caseNumber").GetString() == number).GetProperty("taskId").GetGuid();
        (await agent1.PostAsJsonAsync($"/api/tasks/{understand}/complete", new { variables = new { capturedName = "Zhang Wei", capturedPhoneLast4 = phone[^4..], agentCategory = "account-security" } }))
            .EnsureSuccessStatusCode();
        var risk = await InboxAsync("risk1");
        await Assertions.Expect(Row(risk, number)).ToContainTextAsync("Risk review", new() { Timeout = 20_000 });
        var riskTask = (await Row(risk, number).GetAttributeAsync("data-task"))!;

        var page = await InboxAsync("agent1");
        await Assertions.Expect(page.Locator("[data-queue=risk]")).ToHaveCountAsync(0);
        foreach (var queue in new[] { "agent-l1", "mine" })
        {
            await page.ClickAsync($"[data-queue={queue}]");
            await page.WaitForTimeoutAsync(500);
            await Assertions.Expect(page.Locator($"tr[data-task='{riskTask}']")).ToHaveCountAsync(0);
        }
        await page.GotoAsync($"/#/inbox/task/{riskTask}");
        await Assertions.Expect(page.GetByTestId("task-status")).ToHaveTextAsync("This task is not for your groups.");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent1.GetAsync($"/api/tasks/{riskTask}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent1.GetAsync("/api/inbox?queue=risk")).StatusCode);
        Assert.NotEqual(Guid.Empty, caseId);
    }

    [Fact]
    public async Task TwoAgentsClaimTheSameTask_OneWins_TheOtherIsToldWhoHasIt()
    {
        var (_, number, _) = await OpenCaseAsync("consumer", "normal", "Refund", "I want a refund for a double charge");
        var first = await InboxAsync("agent1");
        var second = await InboxAsync("agent3");
        await Assertions.Expect(Row(first, number)).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        var task = (await Row(first, number).GetAttributeAsync("data-task"))!;
        await first.GotoAsync($"/#/inbox/task/{task}");
        await second.GotoAsync($"/#/inbox/task/{task}");
        await first.WaitForSelectorAsync("[data-testid=claim-state] [data-action=claim]");
        await second.WaitForSelectorAsync("[data-testid=claim-state] [data-action=claim]");

        // The second agent's page still offers the claim; the first agent's claim has reached the server before theirs
        // (two browsers' clicks in a row give no order of their requests).
        await first.ClickAsync("[data-action=claim]");
        await Assertions.Expect(first.GetByTestId("claim-state")).ToContainTextAsync("Claimed by you");
        await second.ClickAsync("[data-action=claim]");

        await Assertions.Expect(second.GetByTestId("task-status")).ToContainTextAsync("already claimed by agent1");
        await Assertions.Expect(second.GetByTestId("claim-state")).ToContainTextAsync("Claimed by agent1");
        await second.ClickAsync("[data-action=complete]");
        await Assertions.Expect(second.GetByTestId("task-status")).ToContainTextAsync("claimed by agent1", new() { Timeout = 10_000 });
    }
}
