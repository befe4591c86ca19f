namespace Workflows.Engine.Model;

/// <summary>
/// A compensation throw (<c>compensateEventDefinition</c>): every completed activity of the thrower's scope that has a
/// compensation handler, or only <see cref="ActivityRef"/>, is undone, most recently completed first.
/// </summary>
public sealed record CompensateDefinition(string? ActivityRef);
