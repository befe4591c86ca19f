namespace Workflows.Engine.Activities;

public sealed class ActivityInputException(string message, Exception? inner = null) : Exception(message, inner);
