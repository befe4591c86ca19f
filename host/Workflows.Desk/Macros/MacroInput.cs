namespace Workflows.Desk.Macros;

public sealed record MacroInput(string? Name, string? Language, string? Body, string? Category);
