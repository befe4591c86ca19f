using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Workflows.Desk.Support;

namespace Workflows.Desk.Surveys;

/// <summary>
/// Where customers reach the host, for the links sent to them: <c>Support:PublicBaseUrl</c> when set; else, behind a
/// reverse proxy, the address the proxy last said it was reached at (X-Forwarded-Host and -Proto, trusted from
/// loopback proxies only); else the address the host really listens on (<c>--urls</c>, <c>ASPNETCORE_URLS</c>). A link
/// is made in a timer's step, with no request to look at, so the proxy's address is remembered from the requests.
/// </summary>
public sealed class PublicAddress(IOptions<SupportOptions> options, IServer server, ILogger<PublicAddress> log)
{
    private string? _listening;
    private volatile string? _proxied;

    public string BaseUrl => options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : _proxied ?? (_listening ??= Listening());

    /// <summary>Remembers the address a proxy forwarded <paramref name="request"/> from (the forwarded-headers middleware ran first).</summary>
    public void Observe(HttpRequest request)
    {
        if (request.Headers.ContainsKey("X-Original-Host")) _proxied = $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    private string Listening()
    {
        // An in-process test server listens on no address; its clients call it http://localhost.
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        var uri = new Uri(address.Replace("://+", "://0.0.0.0").Replace("://*", "://0.0.0.0"));
        if (uri.Host is not ("0.0.0.0" or "[::]" or "::")) return uri.GetLeftPart(UriPartial.Authority);
        // Bound to every interface: the machine's name is the best guess, but only configuration knows the public one.
        var named = new UriBuilder(uri) { Host = Dns.GetHostName() }.Uri.GetLeftPart(UriPartial.Authority);
        log.LogWarning("Survey links will point at {Address}; set Support:PublicBaseUrl to the address customers reach the host at.", named);
        return named;
    }
}
