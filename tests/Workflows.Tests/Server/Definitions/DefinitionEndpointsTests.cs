using System.Net;
using System.Text;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Definitions;

[Collection(HostCollection.Name)]
public sealed class DefinitionEndpointsTests(HostFixture host)
{
    [Fact]
    public async Task Publish_Returns400WithEveryProblem_AndStoresNothing()
    {
        var designer = await host.SignInAsync("designer");
        var xml = Process("""
            <bpmn:startEvent id="s"/><bpmn:serviceTask id="svc" camunda:type="external" camunda:topic="no-such-activity"/><bpmn:complexGateway id="cg"/>
            """ + Chain("s", "svc", "cg"), id: "defs-invalid");

        var response = await PublishAsync(designer, xml);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await JsonAsync(response)).GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("elementId").GetString(), e.GetProperty("code").GetString())).ToList();
        Assert.Contains(("cg", "element.unsupported"), errors);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync("/api/definitions/defs-invalid")).StatusCode);
    }

    [Fact]
    public async Task Publish_ChecksActivities_AfterTheDiagramParses()
    {
        var designer = await host.SignInAsync("designer");
        var response = await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/><bpmn:serviceTask id="svc" camunda:type="external" camunda:topic="no-such-activity"/>
            """ + Chain("s", "svc"), id: "defs-unknown-topic"));
        var error = Assert.Single((await JsonAsync(response)).GetProperty("errors").EnumerateArray());
        Assert.Equal("svc", error.GetProperty("elementId").GetString());
        Assert.Equal("service-task.unknown-topic", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Validate_ListsEveryProblemPublishWould_AllAtOnce_AndPublishesNothing()
    {
        var designer = await host.SignInAsync("designer");
        // An activity nobody serves and a form nobody sent: two different checks, reported together.
        var xml = Process("""
            <bpmn:startEvent id="s"/><bpmn:serviceTask id="bank" camunda:type="external" camunda:topic="no-such-activity"/>
            <bpmn:userTask id="answer" camunda:candidateGroups="agent-l1" camunda:formKey="never-sent"/><bpmn:endEvent id="e"/>
            """ + Chain("s", "bank", "answer", "e"), id: "defs-validate");

        var validated = await designer.PostAsync("/api/definitions/validate", new StringContent(xml, Encoding.UTF8, "application/xml"));
        var published = await PublishAsync(designer, xml);

        Assert.Equal(HttpStatusCode.OK, validated.StatusCode);
        var found = (await JsonAsync(validated)).GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("elementId").GetString(), p.GetProperty("code").GetString())).ToList();
        Assert.Contains(("bank", "service-task.unknown-topic"), found);
        Assert.Contains(found, p => p.Item1 == "answer");
        Assert.Equal(HttpStatusCode.BadRequest, published.StatusCode);
        var refused = (await JsonAsync(published)).GetProperty("errors").EnumerateArray()
            .Select(p => (p.GetProperty("elementId").GetString(), p.GetProperty("code").GetString())).ToList();
        Assert.Equal(found, refused);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync("/api/definitions/defs-validate")).StatusCode);
        var clean = await designer.PostAsync("/api/definitions/validate", new StringContent(
            Process("""<bpmn:startEvent id="s"/><bpmn:endEvent id="e"/>""" + Chain("s", "e"), id: "defs-validate-clean"), Encoding.UTF8, "application/xml"));
        Assert.Empty((await JsonAsync(clean)).GetProperty("problems").EnumerateArray());
        var agent = await host.SignInAsync("agent1");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsync("/api/definitions/validate", new StringContent(xml, Encoding.UTF8, "application/xml"))).StatusCode);
    }

    [Fact]
    public async Task Publish_StoresXmlByteIdentical_AndVersionsOnlyChanges()
    {
        var designer = await host.SignInAsync("designer");
        var v1 = Process("""<bpmn:startEvent id="s" name="中文 start"/><bpmn:userTask id="t"/>""" + Chain("s", "t"), id: "defs-versions");
        var v2 = v1.Replace("<bpmn:userTask id=\"t\"/>", "<bpmn:userTask id=\"t\" name=\"Review\"/>");

        Assert.Equal(HttpStatusCode.Created, (await PublishAsync(designer, v1)).StatusCode);
        var again = await PublishAsync(designer, v1);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, (await JsonAsync(again)).GetProperty("version").GetInt32());
        Assert.Equal(2, (await JsonAsync(await PublishAsync(designer, v2))).GetProperty("version").GetInt32());

        var stored = await designer.GetByteArrayAsync("/api/definitions/defs-versions/versions/1/xml");
        Assert.Equal(Encoding.UTF8.GetBytes(v1), stored);
        var versions = await GetJsonAsync(designer, "/api/definitions/defs-versions");
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal("designer", versions[0].GetProperty("publishedBy").GetString());
    }

    [Fact]
    public async Task Publish_IsForDesigners_AndApiNeedsSignIn()
    {
        var anonymous = host.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/definitions")).StatusCode);
        var agent = await host.SignInAsync("agent1");
        var response = await PublishAsync(agent, Process("""<bpmn:startEvent id="s"/><bpmn:endEvent id="e"/>""" + Chain("s", "e"), id: "defs-forbidden"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
    }
}
