namespace Workflows.Engine.Interpreting;

public enum InstanceStatus { NotStarted, Active, Completed, Cancelled }
