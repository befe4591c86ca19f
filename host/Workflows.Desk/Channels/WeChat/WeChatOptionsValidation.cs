using Microsoft.Extensions.Options;

namespace Workflows.Desk.Channels.WeChat;

/// <summary>Refuses a WeChat configuration that could not work, at start-up, naming the key to fix.</summary>
internal sealed class WeChatOptionsValidation : IValidateOptions<WeChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WeChatOptions options)
    {
        var failures = new List<string>();
        const string at = WeChatOptions.Section;
        if (options.Token is { Length: > 0 } token && (token.Length is < 3 or > 32 || !token.All(char.IsAsciiLetterOrDigit)))
            failures.Add($"{at}:Token must be 3 to 32 letters or digits, as the 公众平台 accepts it.");
        if (options.Sends && string.IsNullOrEmpty(options.AppSecret))
            failures.Add($"{at}:AppSecret is required with {at}:AppId: replies need an access token.");
        if (!Uri.TryCreate(options.ApiBase, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http") || options.ApiBase.EndsWith('/'))
            failures.Add($"{at}:ApiBase must be an absolute http(s) address without a trailing slash, like {WeChatOptions.DefaultApiBase}.");
        if (options.SafeMode)
        {
            if (!WeChatCrypto.IsValidKey(options.EncodingAesKey!))
                failures.Add($"{at}:EncodingAesKey must be the 43 letters and digits the 公众平台 shows as EncodingAESKey.");
            if (!options.Sends) failures.Add($"{at}:AppId is required with {at}:EncodingAesKey: every encrypted message names the account's AppId.");
            if (!options.Receives) failures.Add($"{at}:Token is required with {at}:EncodingAesKey.");
        }
        if (options.ApiTimeout <= TimeSpan.Zero) failures.Add($"{at}:ApiTimeout must be positive.");
        if (options.AnswerWithin < TimeSpan.Zero || options.AnswerWithin > TimeSpan.FromSeconds(4.5))
            failures.Add($"{at}:AnswerWithin must be 0 to 4.5 seconds: WeChat gives up on an answer after 5.");
        if (options.Workers is < 1 or > 64) failures.Add($"{at}:Workers must be 1 to 64.");
        if (options.SweepInterval < TimeSpan.FromSeconds(1)) failures.Add($"{at}:SweepInterval must be at least a second.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
