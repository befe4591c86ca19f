namespace Workflows.Engine.Model;

/// <summary>
/// Which version of a decision a business rule task evaluates (Camunda 7's <c>camunda:decisionRefBinding</c>): the
/// latest when the task runs, the one that was latest when the process version was published (our processes and
/// decisions are published one by one, so "the same deployment" means "current at the process's publication"), or a
/// fixed version number.
/// </summary>
public enum DecisionBinding { Latest, Deployment, Version }
