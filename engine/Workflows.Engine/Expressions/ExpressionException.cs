namespace Workflows.Engine.Expressions;

/// <summary>An expression or script failed to evaluate; the message says why in a sentence.</summary>
public sealed class ExpressionException(string message, Exception? inner = null) : Exception(message, inner);
