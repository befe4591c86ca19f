using System.Net;
using System.Net.Http.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Messages;

[Collection(HostCollection.Name)]
public sealed class MessageEndpointsTests(HostFixture host)
{
    private async Task<HttpClient> PublishAsync(string key, string message)
    {
        var designer = await host.SignInAsync("designer");
        var response = await ApiScenario.PublishAsync(designer, Process($"""
            <bpmn:startEvent id="s"/>
            <bpmn:intermediateCatchEvent id="reply"><bpmn:messageEventDefinition messageRef="m"/></bpmn:intermediateCatchEvent>
            <bpmn:userTask id="read" camunda:candidateGroups="agent-l1"/>
            """ + Chain("s", "reply", "read"), $"""<bpmn:message id="m" name="{message}"/>""", id: key));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await host.SignInAsync("agent1");
    }

    [Fact]
    public async Task Correlate_ReachesTheInstanceWithTheBusinessKey_AndPassesVariables()
    {
        var agent = await PublishAsync("msg-one", "reply-one");
        var first = (await StartAsync(agent, "msg-one", businessKey: "CS-M1")).GetProperty("id").GetGuid();
        var second = (await StartAsync(agent, "msg-one", businessKey: "CS-M2")).GetProperty("id").GetGuid();

        var response = await agent.PostAsJsonAsync("/api/messages", new { name = "reply-one", businessKey = "CS-M2", variables = new { text = "已解决" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([second], (await JsonAsync(response)).GetProperty("instances").EnumerateArray().Select(i => i.GetGuid()));
        var details = await GetJsonAsync(agent, $"/api/instances/{second}");
        Assert.Equal("已解决", details.GetProperty("variables").GetProperty("text").GetString());
        Assert.Equal("read", details.GetProperty("openTasks")[0].GetProperty("nodeId").GetString());
        Assert.Empty((await GetJsonAsync(agent, $"/api/instances/{first}")).GetProperty("openTasks").EnumerateArray());
    }

    [Fact]
    public async Task Correlate_Is404_WhenNobodyWaits_And409_WhenSeveralDo()
    {
        var agent = await PublishAsync("msg-many", "reply-many");
        Assert.Equal(HttpStatusCode.NotFound, (await agent.PostAsJsonAsync("/api/messages", new { name = "reply-many" })).StatusCode);
        await StartAsync(agent, "msg-many", businessKey: "CS-X");
        await StartAsync(agent, "msg-many", businessKey: "CS-X");

        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostAsJsonAsync("/api/messages", new { name = "reply-many", businessKey = "CS-X" })).StatusCode);
        var all = await agent.PostAsJsonAsync("/api/messages", new { name = "reply-many", businessKey = "CS-X", all = true });
        Assert.Equal(2, (await JsonAsync(all)).GetProperty("instances").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PostAsJsonAsync("/api/messages", new { businessKey = "CS-X" })).StatusCode);
    }

    [Fact]
    public async Task Correlate_StartsAnInstance_AtAMessageStartEvent()
    {
        var designer = await host.SignInAsync("designer");
        (await ApiScenario.PublishAsync(designer, Process("""
            <bpmn:startEvent id="byMail"><bpmn:messageEventDefinition messageRef="m"/></bpmn:startEvent><bpmn:userTask id="triage" camunda:candidateGroups="agent-l1"/>
            """ + Chain("byMail", "triage"), """<bpmn:message id="m" name="email-received-test"/>""", id: "msg-start"))).EnsureSuccessStatusCode();
        var agent = await host.SignInAsync("agent1");

        var response = await agent.PostAsJsonAsync("/api/messages", new { name = "email-received-test", businessKey = "CS-MAIL", variables = new { subject = "Refund" } });

        var body = await JsonAsync(response);
        Assert.True(body.GetProperty("started").GetBoolean());
        var details = await GetJsonAsync(agent, $"/api/instances/{body.GetProperty("instances")[0].GetGuid()}");
        Assert.Equal("CS-MAIL", details.GetProperty("businessKey").GetString());
        Assert.Equal("Refund", details.GetProperty("variables").GetProperty("subject").GetString());
    }
}
