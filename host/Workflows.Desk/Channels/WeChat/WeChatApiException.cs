namespace Workflows.Desk.Channels.WeChat;

/// <summary>WeChat's API answered with an error code (全局返回码) instead of doing what was asked.</summary>
public sealed class WeChatApiException(int errCode, string? errMsg, string call)
    : Exception($"WeChat's {call} answered errcode {errCode}: {errMsg}")
{
    public int ErrCode { get; } = errCode;

    /// <summary>
    /// The access token is not (or no longer) good: 40001 invalid credential, 40014 invalid access_token, 42001 expired.
    /// A fresh token fixes it; anything else a fresh token would not.
    /// </summary>
    public bool IsTokenProblem => ErrCode is 40001 or 40014 or 42001;
}
