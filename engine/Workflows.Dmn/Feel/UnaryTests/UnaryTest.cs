namespace Workflows.Dmn.Feel.UnaryTests;

/// <summary>One positive unary test of a decision-table cell, applied to the scope's input value '?'.</summary>
internal abstract class UnaryTest
{
    /// <summary>true, false, or null when the outcome is unknown (the input is null); a null never matches a rule.</summary>
    public abstract bool? Test(FeelScope scope);
}
