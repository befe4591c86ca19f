using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Desk.Manager.ManagerScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Browser;

/// <summary>The manager workspace in Chromium: what is stuck and why, acting on it, and the process view's figures.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ManagerPageTests(BrowserFixture fixture)
{
    private async Task<IPage> ManagerAsync(string hash, string locale = "en-US")
    {
        var page = await fixture.PageAsync(locale);
        await BrowserFixture.SignInAsync(page, "manager");
        await page.GotoAsync($"/#/manager/{hash}");
        return page;
    }

    /// <summary>A VIP case whose 1-second first-response target has passed by the time anyone looks.</summary>
    private async Task<string> BreachedCaseAsync()
    {
        await fixture.SlaPolicyAsync("normal", "vip", TimeSpan.FromSeconds(1), warnAt: 0.5);
        var agent = await fixture.Host.SignInAsync("agent1");
        var response = await agent.PostAsJsonAsync("/api/cases", new
        {
            channel = "chat", customer = new { phone = "137" + Random.Shared.NextInt64(10_000_000, 99_999_999), name = "Chen Jing", segment = "vip", language = "en" },
            subject = "Payment failed", description = "My card payment failed at checkout",
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("case").GetProperty("number").GetString()!;
    }

    [Fact]
    public async Task Manager_SeesABreachedCaseAndAnIncident_RetriesTheIncidentWithTheDataFixed_AndTheInstanceMovesOn()
    {
        var number = await BreachedCaseAsync();
        await PublishBankProcessAsync(await fixture.Host.SignInAsync("designer"));
        var api = await fixture.Host.SignInAsync("manager");
        var instance = (await StartAsync(api, BankProcess, new { bankUp = false }, businessKey: "BANK-1")).GetProperty("id").GetGuid();
        var page = await ManagerAsync("stuck");

        var breached = page.Locator($"[data-testid=stuck] tr[data-case='{number}'][data-reason=first-response-breached]");
        await Assertions.Expect(breached).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        Assert.Matches(@"\d+ (s|min)", await breached.Locator("td.age").TextContentAsync());
        await page.ClickAsync("[role=tab][data-reason=incident]");
        // The bank check fails three times before it becomes an incident; the list refreshes itself.
        var incident = page.Locator($"[data-testid=stuck] tr[data-instance='{instance}'][data-reason=incident]");
        await Assertions.Expect(incident).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Assertions.Expect(incident).ToContainTextAsync("core banking is down");

        await incident.Locator("[data-action=retry]").ClickAsync();
        var dialog = page.GetByTestId("action-dialog");
        await dialog.Locator("textarea[name=variables]").FillAsync("{ bankUp: true }");
        await dialog.Locator("[data-action=confirm]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("action-error")).ToContainTextAsync("JSON object");
        await dialog.Locator("textarea[name=variables]").FillAsync("""{ "bankUp": true }""");
        await dialog.Locator("[data-action=confirm]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(incident).ToHaveCountAsync(0, new() { Timeout = 10_000 });

        // The retried step runs on Hangfire; once it has, the instance view shows the token at the task after the bank check.
        await SupportFlow.SupportScenario.WaitUntilAsync(async () =>
            (await GetJsonAsync(api, $"/api/manager/instances/{instance}")).GetProperty("openTasks").GetArrayLength() > 0, "the bank check passed");
        await page.GotoAsync($"/#/manager/instance/{instance}");
        await Assertions.Expect(page.Locator("[data-panel=tokens] li[data-node=after]")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-panel=incidents] li")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-panel=journal] tr[data-kind=IncidentRetried]")).ToContainTextAsync("manager");
        await Assertions.Expect(page.Locator(".djs-element.token-here[data-element-id=after]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".djs-element.path-node[data-element-id=bank]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task InstanceView_ShowsWhatABusinessRuleTaskDecided_BesideTheTask_InChinese()
    {
        var designer = await fixture.Host.SignInAsync("designer");
        await DecisionFiles.PublishedAsync(designer, DecisionFiles.Route("browser-route"));
        (await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:businessRuleTask id="decide" camunda:decisionRef="browser-route" camunda:resultVariable="route" camunda:mapDecisionResult="singleResult"/>
            <bpmn:userTask id="next"/>
            """ + Chain("s", "decide", "next"), id: "browser-decides"))).EnsureSuccessStatusCode();
        var api = await fixture.Host.SignInAsync("manager");
        var instance = (await StartAsync(api, "browser-decides", new { category = "refund", amount = 1500 })).GetProperty("id").GetGuid();

        var page = await ManagerAsync($"instance/{instance}", "zh-CN");

        var decision = page.Locator("[data-panel=decisions] li[data-node=decide]");
        await Assertions.Expect(decision).ToContainTextAsync("browser-route v1", new() { Timeout = 20_000 });
        await Assertions.Expect(decision).ToContainTextAsync("命中规则 large");
        await Assertions.Expect(decision).ToContainTextAsync("\"queue\":\"agent-l2\"");
        await Assertions.Expect(page.Locator(".djs-element.decided[data-element-id=decide]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task InstanceView_DrillsFromACallActivityIntoItsChild_AndBack_AndShowsTheChildsIncidentOnTheCall()
    {
        var designer = await fixture.Host.SignInAsync("designer");
        (await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork"/><bpmn:userTask id="freeze"/>
            <bpmn:endEvent id="bankDown"><bpmn:errorEventDefinition errorRef="Down"/></bpmn:endEvent>
            """ + Chain("s", "fork", "freeze") + Chain("fork", "bankDown"), """<bpmn:error id="Down" errorCode="bank-down"/>""", id: "browser-freeze"))).EnsureSuccessStatusCode();
        (await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/><bpmn:callActivity id="callFreeze" calledElement="browser-freeze"><bpmn:extensionElements><camunda:in variables="all"/></bpmn:extensionElements></bpmn:callActivity>
            <bpmn:userTask id="after"/>
            """ + Chain("s", "callFreeze", "after"), id: "browser-caller"))).EnsureSuccessStatusCode();
        var api = await fixture.Host.SignInAsync("manager");
        var caller = (await StartAsync(api, "browser-caller", new { account = "A-5" })).GetProperty("id").GetGuid();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await GetJsonAsync(api, $"/api/manager/instances/{caller}")).GetProperty("children").GetArrayLength() == 0 && DateTime.UtcNow < deadline) await Task.Delay(100);

        var page = await ManagerAsync($"instance/{caller}", "zh-CN");
        var child = page.Locator("[data-panel=children] li[data-node=callFreeze] a");
        await Assertions.Expect(child).ToHaveTextAsync("browser-freeze v1", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-panel=children] h3")).ToContainTextAsync("被调用的实例");
        // The child's uncaught error is its incident; the caller shows it on the call activity that waits for it.
        await Assertions.Expect(page.Locator("[data-panel=children] li[data-node=callFreeze]")).ToContainTextAsync("1 个未解决的故障");
        await Assertions.Expect(page.Locator(".djs-element.token-incident[data-element-id=callFreeze]")).ToHaveCountAsync(1);
        await child.ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=called-by]")).ToContainTextAsync("调用方 browser-caller · callFreeze", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-panel=tasks] li")).ToContainTextAsync("freeze");
        await page.Locator("[data-testid=called-by] a").ClickAsync();
        await Assertions.Expect(page.Locator("[data-panel=children] li[data-node=callFreeze]")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        Assert.Contains($"instance/{caller}", page.Url);
    }

    [Fact]
    public async Task CancellingFromTheStuckList_AsksForAReason_InTheManagersLanguage_AndJournalsIt()
    {
        var number = await BreachedCaseAsync();
        var api = await fixture.Host.SignInAsync("manager");
        var page = await ManagerAsync("stuck", "zh-CN");
        var row = page.Locator($"[data-testid=stuck] tr[data-case='{number}'][data-reason=first-response-breached]");
        await Assertions.Expect(row).ToHaveCountAsync(1, new() { Timeout = 20_000 });

        await row.Locator("[data-action=cancel]").ClickAsync();
        var dialog = page.GetByTestId("action-dialog");
        await dialog.Locator("textarea[name=reason]").FillAsync("  ");
        await dialog.Locator("[data-action=confirm]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("action-error")).ToContainTextAsync("请填写取消原因");
        var caseId = (await GetJsonAsync(api, $"/api/cases?number={number}")).GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.NotEqual("closed", (await GetJsonAsync(api, $"/api/cases/{caseId}")).GetProperty("case").GetProperty("status").GetString());

        await dialog.Locator("textarea[name=reason]").FillAsync("客户来电撤销");
        await dialog.Locator("[data-action=confirm]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        var closed = (await GetJsonAsync(api, $"/api/cases/{caseId}")).GetProperty("case");
        Assert.Equal(("closed", "Cancelled by manager: 客户来电撤销"), (closed.GetProperty("status").GetString(), closed.GetProperty("resolution").GetString()));
    }

    [Fact]
    public async Task ProcessView_TheCountOnANodeEqualsTheApis_AndClickingItListsItsInstances()
    {
        var designer = await fixture.Host.SignInAsync("designer");
        var published = await JsonAsync(await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="review" name="Review" camunda:candidateGroups="agent-l1"/>
            <bpmn:userTask id="approve" name="Approve" camunda:candidateGroups="agent-l2"/><bpmn:endEvent id="e"/>
            """ + Chain("s", "review", "approve", "e"), id: "manager-overlay")));
        var version = published.GetProperty("version").GetInt32();
        var api = await fixture.Host.SignInAsync("manager");
        for (var i = 0; i < 4; i++) await StartAsync(api, "manager-overlay", businessKey: $"OV-{i}");
        var stats = await GetJsonAsync(api, $"/api/manager/processes/manager-overlay/versions/{version}/nodes");
        var expected = stats.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("nodeId").GetString() == "review").GetProperty("waiting").GetInt32();

        var page = await ManagerAsync($"process/manager-overlay/{version}");

        var badge = page.Locator(".node-stats[data-node=review]");
        await Assertions.Expect(badge).ToHaveAttributeAsync("data-waiting", expected.ToString());
        await Assertions.Expect(badge.Locator("strong")).ToHaveTextAsync(expected.ToString());
        Assert.Equal(4, expected);
        await Assertions.Expect(page.Locator(".node-stats[data-node=approve]")).ToHaveCountAsync(0);
        await page.Locator("[data-element-id=review]").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=node-instances] tr[data-instance]")).ToHaveCountAsync(expected);
        await Assertions.Expect(page.Locator("[data-testid=node-instances]")).ToContainTextAsync("OV-0");
    }

    [Fact]
    public async Task ProcessView_OpensOnAllVersions_WithReadableBadges_AndNamesForNodes()
    {
        var designer = await fixture.Host.SignInAsync("designer");
        var xml = Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="review" name="Check the refund" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="e"/>
            """ + Chain("s", "review", "e"), id: "manager-all-versions");
        var first = (await JsonAsync(await PublishAsync(designer, xml))).GetProperty("version").GetInt32();
        var api = await fixture.Host.SignInAsync("manager");
        for (var i = 0; i < 2; i++) await StartAsync(api, "manager-all-versions", businessKey: $"AV-{i}");
        (await PublishAsync(designer, xml.Replace("<bpmn:endEvent id=\"e\"/>", "<bpmn:endEvent id=\"e\" name=\"Refunded\"/>"))).EnsureSuccessStatusCode();
        for (var i = 2; i < 5; i++) await StartAsync(api, "manager-all-versions", businessKey: $"AV-{i}");

        var page = await ManagerAsync("process/manager-all-versions");

        await Assertions.Expect(page.GetByTestId("process-version")).ToHaveValueAsync("");
        var badge = page.Locator(".node-stats[data-node=review]");
        await Assertions.Expect(badge).ToHaveAttributeAsync("data-waiting", "5");
        // Readable at the zoom that fits the whole diagram: text of 12 px or more, the badge at least as tall.
        var fontSize = await badge.EvaluateAsync<double>("b => parseFloat(getComputedStyle(b).fontSize) * b.getBoundingClientRect().height / b.offsetHeight");
        Assert.True(fontSize >= 12, $"badge text is {fontSize} px on screen");
        Assert.True((await badge.BoundingBoxAsync())!.Height >= 16);
        await Assertions.Expect(badge).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("^Check the refund: "));
        await page.Locator("[data-element-id=review]").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=node-instances] h3")).ToContainTextAsync("Check the refund");
        await Assertions.Expect(page.Locator("[data-testid=node-instances] tr[data-instance]")).ToHaveCountAsync(5);

        await page.GetByTestId("process-version").SelectOptionAsync(first.ToString());
        await Assertions.Expect(page.Locator(".node-stats[data-node=review]")).ToHaveAttributeAsync("data-waiting", "2");
    }

    [Fact]
    public async Task Numbers_InChinese_ShowTheFiguresChartsAndTheCsvOfTheSameRange()
    {
        await BreachedCaseAsync();
        var page = await ManagerAsync("numbers", "zh-CN");

        await Assertions.Expect(page.Locator("[data-figure=cases] strong")).Not.ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("[data-figure=cases] small")).ToHaveTextAsync("工单量");
        await Assertions.Expect(page.Locator("[data-figure=bot-containment] small")).ToHaveTextAsync("机器人解决率");
        await Assertions.Expect(page.Locator("[data-figure=bot-hand-off] small")).ToHaveTextAsync("机器人转人工率");
        await Assertions.Expect(page.Locator(".numbers .chart svg")).ToHaveCountAsync(4);
        // No two labels of a chart overlap (drawn as SVG text, so the browser can measure them).
        var overlaps = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.numbers .chart svg')].flatMap((svg, chart) => {
              const boxes = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() && t.getAttribute('opacity') !== '0')
                .map(t => ({ text: t.textContent, r: t.getBoundingClientRect() })).filter(b => b.r.width > 0);
              const hits = [];
              for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                const [a, b] = [boxes[i].r, boxes[j].r];
                if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) hits.push(`chart ${chart}: '${boxes[i].text}' over '${boxes[j].text}'`);
              }
              return hits;
            })
            """);
        Assert.Empty(overlaps);
        var from = await page.InputValueAsync("input[name=from]");
        var to = await page.InputValueAsync("input[name=to]");
        Assert.EndsWith($"from={from}&to={to}", await page.GetAttributeAsync("[data-action=csv]", "href"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-action=csv]"));
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains($"range,{from}..{to}", csv);

        // A range the API refuses says why, in place.
        await page.FillAsync("input[name=from]", "2020-01-01");
        await page.ClickAsync("[data-action=show]");
        await Assertions.Expect(page.GetByTestId("numbers-status")).ToContainTextAsync("366");
    }

    [Fact]
    public async Task Agents_SeeNoManagerPages_AndTheApiRefusesThem()
    {
        var page = await fixture.PageAsync();
        await BrowserFixture.SignInAsync(page, "agent1");
        await page.GotoAsync("/#/manager/stuck");

        await Assertions.Expect(page.Locator("[data-nav=manager]")).ToHaveCountAsync(0);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#/inbox$"));
        var agent = await fixture.Host.SignInAsync("agent1");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/manager/stuck")).StatusCode);
    }
}
