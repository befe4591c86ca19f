using Workflows.Engine.Interpreting;
using Workflows.Engine.Parsing;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Events;

/// <summary>
/// Link events: a link throw goes on at the link catch of the same name in its scope (the catch has no incoming flow and
/// waits for nothing); names that match nothing, or match twice, are refused at publish. Cite: issue 21, part 5.
/// </summary>
public sealed class LinkEventTests
{
    private static string Link(string id, string name, bool thrower) => thrower
        ? $"""<bpmn:intermediateThrowEvent id="{id}"><bpmn:linkEventDefinition id="{id}_def" name="{name}"/></bpmn:intermediateThrowEvent>"""
        : $"""<bpmn:intermediateCatchEvent id="{id}"><bpmn:linkEventDefinition id="{id}_def" name="{name}"/></bpmn:intermediateCatchEvent>""";

    [Fact]
    public void AThrow_GoesOnAtTheCatchOfItsName_AsOftenAsItIsReached()
    {
        var run = new InstanceDriver(Process($"""
            <bpmn:startEvent id="s"/><bpmn:userTask id="review"/><bpmn:exclusiveGateway id="ok" default="again"/>
            {Link("toReview", "Review", thrower: true)}{Link("reviewAgain", "Review", thrower: false)}
            <bpmn:endEvent id="e"/>
            """ + Chain("s", "review", "ok") + Flow("done", "ok", "e", "${approved}") + Flow("again", "ok", "toReview") + Chain("reviewAgain", "review")));
        run.Start();
        run.CompleteTask("review", new { approved = false });

        Assert.Equal(["review"], run.OpenTasks());
        Assert.Equal(2, run.Entered("review"));
        Assert.Contains(run.Last.EffectsOf<JournalEntry>(), j => j.Kind == JournalKind.LinkFollowed && j.NodeId == "toReview");
        run.CompleteTask("review", new { approved = true });
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void ALinkStaysInItsSubprocess()
    {
        var run = new InstanceDriver(Process($"""
            <bpmn:startEvent id="s"/>
            <bpmn:subProcess id="sp"><bpmn:startEvent id="ss"/>{Link("jump", "A", thrower: true)}{Link("land", "A", thrower: false)}<bpmn:userTask id="inside"/>
            """ + Chain("ss", "jump") + Chain("land", "inside") + $"""
            </bpmn:subProcess>
            {Link("outerLand", "A", thrower: false)}<bpmn:userTask id="outside"/><bpmn:endEvent id="e"/>
            """ + Chain("s", "sp", "e") + Chain("outerLand", "outside")));
        run.Start();
        Assert.Equal(["inside"], run.OpenTasks());
    }

    [Theory]
    [InlineData("A", "B", "link.unknown-target", "toA")]
    [InlineData("A", "", "link.missing-name", "land")]
    public void ALinkThatLeadsNowhere_IsRefusedAtPublish_NamingTheEvent(string thrown, string caught, string code, string element)
    {
        var xml = Process($"""
            <bpmn:startEvent id="s"/>{Link("toA", thrown, thrower: true)}{Link("land", caught, thrower: false)}<bpmn:endEvent id="e"/>
            """ + Chain("s", "toA") + Chain("land", "e"));
        Assert.Contains(new BpmnParser().Parse(xml).Problems, p => p.Code == code && p.ElementId == element);
    }

    [Fact]
    public void TwoCatchesOfOneName_InOneScope_AreRefusedAtPublish()
    {
        var xml = Process($"""
            <bpmn:startEvent id="s"/>{Link("go", "A", thrower: true)}{Link("one", "A", thrower: false)}{Link("two", "A", thrower: false)}<bpmn:endEvent id="e"/>
            """ + Chain("s", "go") + Chain("one", "e") + Flow("two_e", "two", "e"));
        var problem = Assert.Single(new BpmnParser().Parse(xml).Problems);
        Assert.Equal((ProblemCodes.LinkDuplicateCatch, "two"), (problem.Code, problem.ElementId));
    }
}
