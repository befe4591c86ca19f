using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Browser;

/// <summary>
/// The admin area in Chromium: an admin makes a team and a person in it, in the forms; that person signs in and is
/// offered that team's tasks and no one else's.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Admin_CreatesATeamAndAUser_WhoSignsIn_AndSeesOnlyThatTeamsTasks()
    {
        var suffix = Guid.NewGuid().ToString("N")[..5];
        var (key, userName, password) = ($"chargebacks-{suffix}", $"li.na.{suffix}", "Saffron-bridge-61");
        var designer = await fixture.Host.SignInAsync("designer");
        (await PublishAsync(designer, Process($"""
            <bpmn:startEvent id="s"/><bpmn:userTask id="t" name="Check the chargeback" camunda:candidateGroups="{key}"/><bpmn:endEvent id="e"/>
            """ + Chain("s", "t", "e"), id: $"chargeback-{suffix}"))).EnsureSuccessStatusCode();
        (await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="t" name="Someone else's work" camunda:candidateGroups="agent-l1"/><bpmn:endEvent id="e"/>
            """ + Chain("s", "t", "e"), id: $"elsewhere-{suffix}"))).EnsureSuccessStatusCode();
        var ours = (await StartAsync(designer, $"chargeback-{suffix}")).GetProperty("openTasks")[0].GetProperty("id").GetString()!;
        var theirs = (await StartAsync(designer, $"elsewhere-{suffix}")).GetProperty("openTasks")[0].GetProperty("id").GetString()!;

        var admin = await fixture.PageAsync();
        await BrowserFixture.SignInAsync(admin, "admin");
        await admin.GotoAsync("/#/admin/teams");
        var newTeam = admin.GetByTestId("new-team");
        await newTeam.Locator("[name=key]").FillAsync(key);
        await newTeam.Locator("[name=name]").FillAsync($"Chargebacks {suffix} / 拒付组");
        await newTeam.Locator("[data-action=create-team]").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("admin-teams")).ToContainTextAsync(key);

        await admin.GotoAsync("/#/admin/users/new");
        var form = admin.GetByTestId("new-user");
        await form.Locator("[name=userName]").FillAsync(userName);
        await form.Locator("[name=displayName]").FillAsync("Li Na / 李娜");
        await form.Locator("[name=email]").FillAsync($"{userName}@pay.example");
        await form.Locator("[name=password]").FillAsync(password);
        await form.Locator("[name=roles][value=agent]").CheckAsync();
        await form.Locator($"[name=teams][value='{key}']").CheckAsync();
        await form.Locator("[data-action=save-user]").ClickAsync();
        // The form empties for the next person and links to the one just made.
        await admin.GetByTestId("new-user-status").Locator("[data-action=open-user]").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("user-form").Locator("[name=userName]")).ToHaveValueAsync(userName);
        await Assertions.Expect(admin.GetByTestId("user-form").Locator($"[name=teams][value='{key}']")).ToBeCheckedAsync();

        var agent = await fixture.PageAsync();
        await agent.GotoAsync("/");
        await agent.FillAsync("#user", userName);
        await agent.FillAsync("#password", password);
        await agent.ClickAsync("form.sign-in button[type=submit]");
        await agent.WaitForSelectorAsync("header");
        await agent.GotoAsync("/#/inbox");
        await Assertions.Expect(agent.Locator($"[data-queue='{key}']")).ToHaveCountAsync(1);
        await Assertions.Expect(agent.Locator("[data-queue='agent-l1']")).ToHaveCountAsync(0);
        await Assertions.Expect(agent.Locator($"[data-testid=inbox] tr[data-task='{ours}']")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await Assertions.Expect(agent.Locator($"[data-testid=inbox] tr[data-task='{theirs}']")).ToHaveCountAsync(0);
        // The API agrees with the page: this person's tasks are their team's, and the other queue is closed to them.
        var visible = await agent.EvaluateAsync<string[]>("async () => (await (await fetch('/api/tasks')).json()).map(t => t.id)");
        Assert.Contains(ours, visible);
        Assert.DoesNotContain(theirs, visible);
        Assert.Equal(403, await agent.EvaluateAsync<int>("async () => (await fetch('/api/inbox?queue=agent-l1')).status"));
        Assert.Equal(403, await agent.EvaluateAsync<int>("async () => (await fetch('/api/admin/users')).status"));

        // The header says whether they take work; the manager's floor shows what they chose.
        await Assertions.Expect(agent.GetByTestId("presence")).ToHaveValueAsync("offline");
        await agent.GetByTestId("presence").SelectOptionAsync("online");
        var manager = await fixture.PageAsync();
        await BrowserFixture.SignInAsync(manager, "manager");
        await manager.GotoAsync("/#/manager/floor");
        await Assertions.Expect(manager.Locator($"[data-testid=floor] tr[data-agent='{userName}']")).ToHaveAttributeAsync("data-presence", "online", new() { Timeout = 10_000 });
    }
}
