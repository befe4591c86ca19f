namespace Workflows.Server.Problems;

/// <summary>
/// A mistake in a request as the API reports it: a stable code for it (the same mistake, the same code, so a client
/// can say it in its user's language), the field it is in, the values a translation needs, and the English sentence.
/// </summary>
public sealed record Mistake(string Code, string Field, string Message, IReadOnlyDictionary<string, object?>? Parameters = null)
{
    public static Mistake Of(string code, string field, string message, params (string Name, object? Value)[] parameters) =>
        new(code, field, message, parameters.Length == 0 ? null : parameters.ToDictionary(p => p.Name, p => p.Value));
}
