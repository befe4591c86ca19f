namespace Workflows.Dmn.Feel.Syntax;

/// <summary>One token of a FEEL text, with where it starts and ends so names with spaces can be matched on the text.</summary>
internal readonly record struct FeelToken(FeelTokenKind Kind, string Text, int Start, int End)
{
    public bool Is(string symbol) => Kind == FeelTokenKind.Symbol && Text == symbol;

    public bool IsKeyword(string keyword) => Kind == FeelTokenKind.Name && Text == keyword;
}
