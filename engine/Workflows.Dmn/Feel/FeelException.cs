namespace Workflows.Dmn.Feel;

/// <summary>
/// A FEEL expression that cannot be parsed or evaluated: an unknown function, a type mismatch, a syntax error.
/// The message is a sentence for the modeller; the decision evaluator adds which decision, rule and expression.
/// </summary>
public sealed class FeelException(string message) : Exception(message);
