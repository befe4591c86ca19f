namespace Workflows.Dmn.Feel.UnaryTests;

/// <summary>A cell's tests: '-' (anything), a comma list where any may hold, or not(list).</summary>
internal sealed class UnaryTestList(IReadOnlyList<UnaryTest> tests, bool negated, bool matchesAnything = false)
{
    public static readonly UnaryTestList Anything = new([], false, true);

    public bool MatchesAnything => matchesAnything;

    public bool? Test(FeelScope scope)
    {
        if (matchesAnything) return true;
        bool? result = false;
        foreach (var test in tests)
        {
            var outcome = test.Test(scope);
            if (outcome is true) { result = true; break; }
            if (outcome is null) result = null;
        }
        return negated ? !result : result;
    }
}
