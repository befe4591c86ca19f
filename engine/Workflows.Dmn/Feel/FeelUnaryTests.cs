using Workflows.Dmn.Feel.Syntax;
using Workflows.Dmn.Feel.UnaryTests;

namespace Workflows.Dmn.Feel;

/// <summary>A decision-table input entry (S-FEEL unary tests and FEEL expressions), parsed once.</summary>
public sealed class FeelUnaryTests
{
    private readonly UnaryTestList _tests;

    private FeelUnaryTests(string text, UnaryTestList tests)
    {
        Text = text;
        _tests = tests;
    }

    public string Text { get; }

    /// <summary>'-' or an empty cell: every input matches, so a table can skip the cell.</summary>
    public bool MatchesAnything => _tests.MatchesAnything;

    public static FeelUnaryTests Compile(string text, FeelNameSet? names = null) =>
        new(text, FeelCompilation.Guard(() => FeelParser.ParseUnaryTests(text, names ?? FeelNameSet.BuiltInsOnly)));

    /// <summary>Whether the scope's input value passes; null (unknown) counts as no match for the caller.</summary>
    public bool? Test(FeelScope scope) => _tests.Test(scope);

    public bool? Test(object? input, FeelScope? scope = null) => _tests.Test((scope ?? new FeelScope()).WithInput(input));
}
