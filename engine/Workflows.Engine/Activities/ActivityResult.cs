using System.Text.Json;

namespace Workflows.Engine.Activities;

public enum ActivityResultKind { Completed, BpmnError, Failed }

/// <summary>
/// How an activity ended. Business failures are a <see cref="BpmnError"/> that error boundaries catch;
/// technical ones are <see cref="Failed"/> and are retried. Activities return these rather than throw.
/// </summary>
public sealed record ActivityResult(ActivityResultKind Kind, IReadOnlyDictionary<string, JsonElement> Outputs, string? ErrorCode, string? Message)
{
    private static readonly IReadOnlyDictionary<string, JsonElement> None = new Dictionary<string, JsonElement>();

    public static ActivityResult Completed(IReadOnlyDictionary<string, JsonElement>? outputs = null) => new(ActivityResultKind.Completed, outputs ?? None, null, null);

    public static ActivityResult Error(string code, string? message = null) => new(ActivityResultKind.BpmnError, None, code, message);

    public static ActivityResult Failure(string message) => new(ActivityResultKind.Failed, None, null, message);
}
