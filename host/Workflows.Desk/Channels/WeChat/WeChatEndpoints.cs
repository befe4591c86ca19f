using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Workflows.Server.Problems;

namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// The URL of the account's server configuration (服务器配置), called by WeChat's servers only: GET to verify the
/// server, POST for every message and event. Nothing is read before the signature checks out, and nothing written
/// unless the whole message does. Not in the OpenAPI document: it is WeChat's protocol, not our API.
/// </summary>
public static class WeChatEndpoints
{
    public const string Path = "/channels/wechat";

    public static void MapWeChatEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/", Verify);
        group.MapPost("/", ReceiveAsync);
    }

    /// <summary>Server verification: a correct signature over token, timestamp and nonce is answered with the echostr.</summary>
    private static IResult Verify(HttpRequest request, HttpResponse response, IOptions<WeChatOptions> options)
    {
        var (o, q) = (options.Value, request.Query);
        if (!o.Receives) return NotSetUp();
        if (!WeChatSignature.Matches(q["signature"], o.Token, q["timestamp"], q["nonce"])) return Forged("signature");
        if (string.IsNullOrEmpty(q["echostr"])) return Problem.Field(Mistake.Of("wechat.echostr.required", "echostr", "Verification echoes echostr; there is none."));
        response.Headers.XContentTypeOptions = "nosniff";
        return Results.Text(q["echostr"].ToString(), "text/plain", Encoding.UTF8);
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, IOptions<WeChatOptions> options, WeChatDeliveries deliveries, WeChatDeliveryRunner runner,
        IHostApplicationLifetime lifetime, TimeProvider clock, CancellationToken ct)
    {
        var (o, q) = (options.Value, request.Query);
        if (!o.Receives) return NotSetUp();
        if (!WeChatSignature.Matches(q["signature"], o.Token, q["timestamp"], q["nonce"])) return Forged("signature");
        var encrypted = q["encrypt_type"] == "aes";
        if (o.SafeMode && !encrypted)
            return Problem.Field(Mistake.Of("wechat.encrypt-type.required", "encrypt_type", "This account takes encrypted messages only (safe mode)."), StatusCodes.Status403Forbidden);
        if (!o.SafeMode && encrypted)
            return Problem.Field(Mistake.Of("wechat.encrypt-type.unexpected", "encrypt_type", "The message is encrypted, but no EncodingAESKey is configured."));

        var text = await ReadBodyAsync(request, ct);
        if (text is null)
            return Problem.Field(Mistake.Of("wechat.body.too-large", "body", $"A WeChat message is at most {WeChatOptions.MaxBodyBytes:N0} bytes.",
                ("max", WeChatOptions.MaxBodyBytes)), StatusCodes.Status413PayloadTooLarge);
        var (fields, error) = WeChatXml.Read(text);
        if (fields is null) return Problem.Field(Mistake.Of("wechat.body.invalid", "body", error!));
        var crypto = o.SafeMode ? new WeChatCrypto(o.EncodingAesKey!, o.AppId!) : null;
        if (crypto is not null)
        {
            if (!fields.TryGetValue("Encrypt", out var cipher) || cipher.Length == 0)
                return Problem.Field(Mistake.Of("wechat.field.required", "Encrypt", "An encrypted message has no Encrypt.", ("field", "Encrypt")));
            if (!WeChatSignature.Matches(q["msg_signature"], o.Token, q["timestamp"], q["nonce"], cipher)) return Forged("msg_signature");
            if (crypto.Decrypt(cipher) is not { } plain)
                return Problem.Field(Mistake.Of("wechat.encrypt.invalid", "Encrypt", "Encrypt is not a message for this account's key and AppId."));
            (fields, error) = WeChatXml.Read(plain);
            if (fields is null) return Problem.Field(Mistake.Of("wechat.body.invalid", "Encrypt", error!));
        }
        var (message, mistake) = WeChatInboundMessage.From(fields);
        if (mistake is not null) return Problem.Field(mistake);

        var reply = await HandleAsync(message!, o.AnswerWithin, deliveries, runner, lifetime.ApplicationStopping, ct);
        // "success" tells WeChat there is nothing to say now (an empty answer would do too; some clients show it as an error).
        if (reply is null) return Results.Text("success", "text/plain", Encoding.UTF8);
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var xml = WeChatPassiveReply.Text(message!.FromUserName, message.ToUserName, now, reply);
        if (crypto is null) return Results.Text(xml, "text/xml", Encoding.UTF8);
        var (timestamp, nonce, sealedXml) = (now.ToString(CultureInfo.InvariantCulture), RandomNumberGenerator.GetInt32(100_000_000, 1_000_000_000).ToString(CultureInfo.InvariantCulture), crypto.Encrypt(xml));
        return Results.Text(WeChatPassiveReply.Encrypted(sealedXml, WeChatSignature.Of(o.Token!, timestamp, nonce, sealedXml), timestamp, nonce), "text/xml", Encoding.UTF8);
    }

    /// <summary>
    /// Writes the message down, then gives its handling <paramref name="within"/> to finish: done in time, its reply is
    /// the passive reply; not done, "success" now, and the handling goes on (on this host, or on another if this one
    /// stops) and says what it has to say as a customer-service message.
    /// </summary>
    private static async Task<string?> HandleAsync(WeChatInboundMessage message, TimeSpan within, WeChatDeliveries deliveries, WeChatDeliveryRunner runner,
        CancellationToken stopping, CancellationToken ct)
    {
        await deliveries.AddAsync(message, ct);
        var answer = new WeChatAnswer();
        var handling = runner.HandleAsync(message, answer, stopping);
        if (await Task.WhenAny(handling, Task.Delay(within, ct)) != handling && answer.TryAnswerLater()) return null;
        return await handling;
    }

    /// <summary>The body as text, or null when it is larger than a WeChat message can be: refused before any parsing.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        const int max = WeChatOptions.MaxBodyBytes;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = max;
        if (request.ContentLength > max) return null;
        var buffer = new byte[max + 1];
        var length = 0;
        try
        {
            int read;
            while (length <= max && (read = await request.Body.ReadAsync(buffer.AsMemory(length), ct)) > 0) length += read;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return length > max ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }

    private static IResult NotSetUp() => Problem.NotFound("The WeChat channel (Channels:WeChat:Token is not configured)");

    private static IResult Forged(string field) => Problem.Field(Mistake.Of($"wechat.{field.Replace('_', '-')}.invalid", field,
        $"The {field} is not WeChat's signature for this account's token."), StatusCodes.Status403Forbidden);
}
