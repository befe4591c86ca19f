using Xunit.Abstractions;

namespace Workflows.Tests.Dmn.Tck;

/// <summary>
/// The DMN TCK (github.com/dmn-tck/tck, see README.md here): every compliance-level-2 case, and the level-3 cases within
/// the FEEL this library claims (issue 22). Each run prints the pass rate per folder and every failing case.
/// </summary>
public sealed class TckTests(ITestOutputHelper output)
{
    [Fact]
    public void ComplianceLevel2_PassRate_AtLeast95Percent()
    {
        var rate = RunAndReport("compliance-level-2");
        Assert.True(rate >= 0.95, $"TCK compliance level 2 pass rate {rate:P1} is below 95 %.");
    }

    [Fact]
    public void ComplianceLevel3Subset_PassRate_AtLeastTheClaimedFloor()
    {
        var rate = RunAndReport("compliance-level-3");
        Assert.True(rate >= 0.95, $"TCK compliance level 3 (subset) pass rate {rate:P1} is below the claimed 95 %.");
    }

    private double RunAndReport(string level)
    {
        var outcomes = TckRunner.RunLevel(level);
        Assert.NotEmpty(outcomes);
        foreach (var folder in outcomes.GroupBy(o => o.Folder))
            output.WriteLine($"{folder.Key}: {folder.Count(o => o.Passed)}/{folder.Count()}");
        foreach (var failure in outcomes.Where(o => !o.Passed))
            output.WriteLine($"FAIL {failure.Folder} case {failure.CaseId} {failure.ResultNode}: {failure.Failure}");
        var passed = outcomes.Count(o => o.Passed);
        output.WriteLine($"{level}: {passed}/{outcomes.Count} passed ({(double)passed / outcomes.Count:P1})");
        return (double)passed / outcomes.Count;
    }
}
