namespace Workflows.Dmn.Feel.Syntax;

public enum FeelTokenKind { Number, String, Name, Symbol, At, End }
