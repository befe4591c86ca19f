namespace Workflows.Dmn.Model;

/// <summary>Which matched rules a decision table returns (DMN 1.3, 8.2.11).</summary>
public enum HitPolicy { Unique, First, Priority, Any, Collect, RuleOrder, OutputOrder }
