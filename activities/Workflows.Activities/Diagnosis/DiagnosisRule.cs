namespace Workflows.Activities.Diagnosis;

/// <summary>
/// One cause the desk recognises: words in Chinese or English that point to it, and the card-network response
/// codes (ISO 8583 field 39) that mean it.
/// </summary>
public sealed record DiagnosisRule(string Category, string Cause, IReadOnlyList<string> Keywords, IReadOnlyList<string> ResponseCodes);
