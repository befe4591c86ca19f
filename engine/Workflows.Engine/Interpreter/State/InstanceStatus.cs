namespace Workflows.Engine.Interpreter;

public enum InstanceStatus { NotStarted, Active, Completed, Cancelled }
