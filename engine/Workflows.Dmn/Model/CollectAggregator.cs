namespace Workflows.Dmn.Model;

/// <summary>What COLLECT does with its matches: keep them all (None) or reduce a single output to one value.</summary>
public enum CollectAggregator { None, Sum, Min, Max, Count }
