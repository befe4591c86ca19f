using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Interpreting;

/// <summary>
/// The engine's core: a pure, deterministic function of (definition, state, event, clock) to
/// (state, effects). It reads no clock, does no I/O, and never changes the state it is given.
/// </summary>
public sealed class Interpreter(JavaScriptRuntime scripts, ElementCatalog? catalog = null, int maxNodeExecutions = 10_000)
{
    private readonly ElementCatalog _catalog = catalog ?? ElementCatalog.Default;

    public StepResult Step(ProcessDefinition definition, InstanceState state, InstanceEvent @event, DateTimeOffset now)
    {
        if (definition.Key != state.DefinitionKey && state.Status != InstanceStatus.NotStarted)
            return Failed(state, StepErrorCodes.InvalidEvent, $"The instance belongs to '{state.DefinitionKey}', not '{definition.Key}'.");
        var execution = new Execution(definition, state.Clone(), now, scripts, _catalog, maxNodeExecutions);
        try
        {
            if (!EventDispatcher.Apply(execution, @event))
                return new StepResult(StepOutcome.Stale, state, []);
            execution.RunToQuiescence();
            return new StepResult(StepOutcome.Ok, execution.State, execution.Effects);
        }
        catch (StepFailedException e)
        {
            return new StepResult(StepOutcome.Failed, state, [], e.Error);
        }
    }

    private static StepResult Failed(InstanceState state, string code, string message) =>
        new(StepOutcome.Failed, state, [], new StepError(code, message, null));
}
