using Workflows.Engine.Expressions;

namespace Workflows.Engine.Model;

/// <summary>
/// One <c>camunda:in</c> or <c>camunda:out</c>: a variable (<see cref="Source"/>) or an expression (<see cref="SourceExpression"/>)
/// copied to <see cref="Target"/>; or, with <see cref="All"/>, every variable (only the activity's own locals when
/// <see cref="Local"/>). An <c>out</c> marked <see cref="Local"/> lands in the activity's output scope: its
/// <c>camunda:outputParameter</c>s read it, the process does not.
/// </summary>
public sealed record CallMapping(string? Source, CompiledScript? SourceExpression, string? Target, bool All, bool Local);
