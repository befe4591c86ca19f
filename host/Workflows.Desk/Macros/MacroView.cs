namespace Workflows.Desk.Macros;

public sealed record MacroView(Guid Id, string Name, string Language, string Body, string? Category, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    public static MacroView From(MacroEntity m) => new(m.Id, m.Name, m.Language, m.Body, m.Category, m.UpdatedBy, m.UpdatedAt);
}
