using Workflows.Engine.Activities;

namespace Workflows.Tests.Support;

public sealed record EchoInput
{
    [ActivityProperty("Text to echo.", Required = true)]
    public string Text { get; init; } = "";
}

public sealed record EchoOutput(string Echo);

/// <summary>A test activity: returns its input, or raises ECHO_REFUSED for "refuse".</summary>
[Activity("echo", Category = "Test")]
[RaisesBpmnError("ECHO_REFUSED", "The text was 'refuse'.")]
public sealed class EchoActivity : Activity<EchoInput, EchoOutput>
{
    protected override Task<ActivityResult> ExecuteAsync(EchoInput input, ActivityContext context) =>
        Task.FromResult(input.Text == "refuse" ? ActivityResult.Error("ECHO_REFUSED", "refused") : Complete(new EchoOutput(input.Text.ToUpperInvariant())));
}

/// <summary>A test activity that always throws, as a broken integration would.</summary>
[Activity("always-fails", Category = "Test")]
public sealed class FailingActivity : IActivity
{
    public Task<ActivityResult> ExecuteAsync(ActivityContext context) => throw new HttpRequestException("core banking is down");
}
