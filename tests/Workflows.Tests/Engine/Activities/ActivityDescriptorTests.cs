using System.Text.Json;
using Workflows.Engine.Activities;
using Workflows.Engine.Parsing;
using Workflows.Tests.Support;

namespace Workflows.Tests.Engine.Activities;

public sealed class ActivityDescriptorTests
{
    public enum Channel { Sms, Email, WeChat }

    public sealed record NotifyInput
    {
        [ActivityProperty("The customer to notify.")]
        public required string CustomerId { get; init; }

        [ActivityProperty("Where to send it.", Default = "\"Sms\"")]
        public Channel Channel { get; init; }

        [ActivityProperty("How many reminders at most.")]
        public int? MaxReminders { get; init; }

        public List<string> Tags { get; init; } = [];
    }

    public sealed record NotifyOutput([property: ActivityProperty("Id of the outbox message.")] string MessageId, bool Sent);

    [Activity("notify-test", DisplayName = "Notify (test)", Category = "Support", Description = "Sends a templated message.")]
    [RaisesBpmnError("NO_CONTACT", "The customer has no contact point on that channel.")]
    public sealed class NotifyTestActivity : Activity<NotifyInput, NotifyOutput>
    {
        protected override Task<ActivityResult> ExecuteAsync(NotifyInput input, ActivityContext context) =>
            Task.FromResult(input.CustomerId == "nobody"
                ? ActivityResult.Error("NO_CONTACT", "no phone number")
                : Complete(new NotifyOutput($"{input.Channel}-{input.CustomerId}-{input.MaxReminders ?? 0}", true)));
    }

    private static ActivityContext Context(object inputs) =>
        new(Guid.NewGuid(), "notify", 1, "CS-1", InstanceDriver.Vars(inputs), 3, CancellationToken.None);

    [Fact]
    public void For_ReadsTopicNamesInputsOutputsAndErrors()
    {
        var d = ActivityDescriptor.For(typeof(NotifyTestActivity));

        Assert.Equal("notify-test", d.Topic);
        Assert.Equal("Notify (test)", d.DisplayName);
        Assert.Equal("Support", d.Category);
        Assert.Equal(["customerId", "channel", "maxReminders", "tags"], d.Inputs.Select(i => i.Name));
        var customer = d.Inputs[0];
        Assert.True(customer.Required);
        Assert.Equal("string", customer.Type);
        Assert.Equal("The customer to notify.", customer.Description);
        var channel = d.Inputs[1];
        Assert.False(channel.Required);
        Assert.Equal("Sms", channel.Default!.Value.GetString());
        Assert.Equal(["Sms", "Email", "WeChat"], channel.Choices);
        Assert.Equal("number", d.Inputs[2].Type);
        Assert.Equal("array", d.Inputs[3].Type);
        Assert.Equal(["messageId", "sent"], d.Outputs.Select(o => o.Name));
        Assert.Equal("boolean", d.Outputs[1].Type);
        Assert.Equal("NO_CONTACT", Assert.Single(d.ErrorCodes).Code);
    }

    [Fact]
    public async Task ExecuteAsync_BindsTypedInputs_AndReturnsOutputsAsJson()
    {
        var result = await new NotifyTestActivity().ExecuteAsync(Context(new { customerId = "C-1", channel = "Email", maxReminders = 2 }));
        Assert.Equal(ActivityResultKind.Completed, result.Kind);
        Assert.Equal("Email-C-1-2", result.Outputs["messageId"].GetString());
        Assert.True(result.Outputs["sent"].GetBoolean());
    }

    [Fact]
    public async Task ExecuteAsync_UsesDefault_WhenInputNotMapped()
    {
        var result = await new NotifyTestActivity().ExecuteAsync(Context(new { customerId = "C-1" }));
        Assert.Equal("Sms-C-1-0", result.Outputs["messageId"].GetString());
    }

    [Fact]
    public async Task ExecuteAsync_FailsNamingTheInput_WhenRequiredInputMissing()
    {
        var result = await new NotifyTestActivity().ExecuteAsync(Context(new { channel = "Sms" }));
        Assert.Equal(ActivityResultKind.Failed, result.Kind);
        Assert.Contains("'customerId'", result.Message);
    }

    [Fact]
    public async Task ExecuteAsync_FailsNamingTheInput_WhenTypeIsWrong()
    {
        var result = await new NotifyTestActivity().ExecuteAsync(Context(new { customerId = "C-1", maxReminders = "many" }));
        Assert.Equal(ActivityResultKind.Failed, result.Kind);
        Assert.Contains("maxReminders", result.Message);
    }

    [Fact]
    public async Task ExecuteAsync_ReturnsBpmnError_ForBusinessFailure()
    {
        var result = await new NotifyTestActivity().ExecuteAsync(Context(new { customerId = "nobody" }));
        Assert.Equal(ActivityResultKind.BpmnError, result.Kind);
        Assert.Equal("NO_CONTACT", result.ErrorCode);
    }

    [Fact]
    public void Catalog_FlagsServiceTasksWithUnknownTopics()
    {
        var catalog = new ActivityCatalog([typeof(NotifyTestActivity)]);
        var definition = new BpmnParser().ParseValid(Bpmn.Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:serviceTask id="ok" camunda:type="external" camunda:topic="notify-test"/>
            <bpmn:serviceTask id="typo" camunda:type="external" camunda:topic="notfy-test"/>
            """ + Bpmn.Chain("s", "ok", "typo")));

        var problem = Assert.Single(catalog.Check(definition));
        Assert.Equal(("typo", ActivityCatalog.UnknownTopic), (problem.ElementId, problem.Code));
        Assert.Same(ActivityDescriptor.For(typeof(NotifyTestActivity)), catalog.Find("notify-test"));
    }

    [Fact]
    public void Descriptor_SerializesWithoutClrType()
    {
        var json = JsonSerializer.Serialize(ActivityDescriptor.For(typeof(NotifyTestActivity)), ActivityBinder.Json);
        Assert.Contains("\"topic\":\"notify-test\"", json);
        Assert.DoesNotContain("activityType", json);
    }
}
