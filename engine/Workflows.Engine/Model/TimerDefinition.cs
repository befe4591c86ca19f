using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

public enum TimerKind { Duration, Date, Cycle }

/// <summary>A <c>timerEventDefinition</c>: a literal ISO 8601 / cron value or an expression yielding one.</summary>
public sealed record TimerDefinition(TimerKind Kind, string Text, CompiledScript? Expression);
