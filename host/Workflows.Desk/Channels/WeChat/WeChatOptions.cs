namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// The <c>Channels:WeChat</c> section: the official account (公众号) as the 公众平台 configures it. Without a
/// <see cref="Token"/> the callback answers 404; without an <see cref="AppId"/> replies to WeChat customers are only logged.
/// </summary>
public sealed class WeChatOptions
{
    public const string Section = "Channels:WeChat";
    public const string DefaultApiBase = "https://api.weixin.qq.com";

    /// <summary>The largest callback body read (64 KiB): WeChat's messages are a few KiB even in compatible mode, where they carry plain and cipher text.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>The Token of the server configuration (服务器配置): WeChat signs every callback with it.</summary>
    public string? Token { get; set; }

    public string? AppId { get; set; }
    public string? AppSecret { get; set; }

    /// <summary>Where the API is; the product appends <c>/cgi-bin/...</c>. No trailing slash.</summary>
    public string ApiBase { get; set; } = DefaultApiBase;

    /// <summary>
    /// The 43-character EncodingAESKey of safe (安全) or compatible (兼容) mode. When set, only encrypted callbacks
    /// (<c>encrypt_type=aes</c>) are accepted: a plain callback's signature does not cover its body.
    /// </summary>
    public string? EncodingAesKey { get; set; }

    /// <summary>How long a call to WeChat's API may take before it counts as failed and the outbox tries again later.</summary>
    public TimeSpan ApiTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long the callback waits for a message to be handled before it answers "success" and lets the handling go on
    /// (the message is already written down, so nothing is lost). WeChat waits 5 s and retries; a short wait keeps a
    /// burst of new customers from ever reaching that.
    /// </summary>
    public TimeSpan AnswerWithin { get; set; } = TimeSpan.FromMilliseconds(800);

    /// <summary>How many messages one host handles at once; the others wait their turn, written down.</summary>
    public int Workers { get; set; } = 4;

    /// <summary>How often each host looks for messages nobody is handling (their host stopped, or handling failed).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    public bool Receives => !string.IsNullOrEmpty(Token);
    public bool Sends => !string.IsNullOrEmpty(AppId);
    public bool SafeMode => !string.IsNullOrEmpty(EncodingAesKey);
}
