using Microsoft.Extensions.Options;

namespace Workflows.Desk.Channels.Chat;

/// <summary>Refuses a chat configuration that could not work, at start-up, naming the key to fix.</summary>
internal sealed class ChatOptionsValidation : IValidateOptions<ChatOptions>
{
    public ValidateOptionsResult Validate(string? name, ChatOptions o)
    {
        const string at = ChatOptions.Section;
        var failures = new List<string>();
        if (o.CodeValidFor <= TimeSpan.Zero) failures.Add($"{at}:CodeValidFor must be positive.");
        if (o.MaxTries < 1) failures.Add($"{at}:MaxTries must be at least 1.");
        if (o.CodesPerAddress < 1 || o.CodesPerIp < 1) failures.Add($"{at}:CodesPerAddress and {at}:CodesPerIp must be at least 1.");
        if (o.CodeWindow <= TimeSpan.Zero) failures.Add($"{at}:CodeWindow must be positive.");
        if (o.MessagesPerMinute < 1) failures.Add($"{at}:MessagesPerMinute must be at least 1.");
        if (o.SessionValidFor <= TimeSpan.Zero) failures.Add($"{at}:SessionValidFor must be positive.");
        if (string.IsNullOrWhiteSpace(o.Team)) failures.Add($"{at}:Team must name a team.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
