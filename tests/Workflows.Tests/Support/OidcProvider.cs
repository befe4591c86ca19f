using System.Collections.Immutable;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Workflows.Tests.Support;

/// <summary>
/// A real OpenID Connect provider for tests: OpenIddict's server in degraded mode (no database, one client known by
/// heart), on Kestrel at http://127.0.0.1:&lt;free port&gt;. Authorization code flow with PKCE; the authorization
/// endpoint signs <see cref="User"/> in at once, so a test plays the browser with two plain HTTP requests.
/// </summary>
public sealed class OidcProvider : IAsyncDisposable
{
    public const string ClientId = "workflows";
    public const string ClientSecret = "workflows-test-secret";
    private const string RolesClaim = "roles", GroupsClaim = "groups";
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    private WebApplication _app = null!;

    private OidcProvider() { }

    /// <summary>The issuer, with the trailing slash OpenIddict publishes it with (it takes it from the request's base address).</summary>
    public string Authority { get; private set; } = "";

    /// <summary>The person the authorization endpoint signs in on the next requests (there is no login page: the test decides who the user is).</summary>
    public OidcUser User { get; set; } = new("alice", "alice", "Alice", "alice@example.test", [], []);

    /// <summary>Starts Kestrel and returns once it listens.</summary>
    public static async Task<OidcProvider> StartAsync()
    {
        var provider = new OidcProvider();
        var builder = WebApplication.CreateBuilder();
        // The test output folder holds the host's appsettings.json (its Urls, its Information logging) and the
        // environment may carry ASPNETCORE_URLS: none of it is meant for this provider.
        builder.Configuration.Sources.Clear();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Loopback only, port 0: the system picks a free port, read back once Kestrel listens.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            // Discovery and JWKS come with the server; these three are the ones the code flow needs.
            options.SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .SetUserInfoEndpointUris("connect/userinfo");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            // Query is among OpenIddict's default response modes; said here because the product asks for it.
            options.Configure(server => server.ResponseModes.Add(ResponseModes.Query));
            options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, GroupsClaim);
            // Keys live as long as the process; access tokens stay plain signed JWTs, readable by whoever holds one.
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
            // No stores: codes are self-contained, and client checks are ours (the two handlers below).
            options.EnableDegradedMode();
            // Plain HTTP is fine on loopback. No token endpoint passthrough: for the code grant OpenIddict signs in
            // again the principal the code carries, with the claims and destinations given at the authorization endpoint.
            options.UseAspNetCore().DisableTransportSecurityRequirement()
                .EnableAuthorizationEndpointPassthrough().EnableUserInfoEndpointPassthrough();

            // Degraded mode requires it: one known client, redirected back only to a loopback address. Errors as
            // OpenIddict's own handlers give them (invalid_request on this interactive endpoint); a rejected request
            // is never redirected to the redirect_uri it named.
            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                    context.Reject(error: Errors.InvalidRequest, description: "The specified 'client_id' is invalid.");
                else if (!Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var uri) || uri.Host is not ("127.0.0.1" or "localhost"))
                    context.Reject(error: Errors.InvalidRequest, description: "The specified 'redirect_uri' is not valid for this client.");
                return ValueTask.CompletedTask;
            }));

            // Degraded mode requires it too: the client must authenticate. client_secret_basic lands here as well, the
            // ASP.NET Core host copying the Authorization header into the request's client_id/client_secret beforehand.
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.Request.ClientId != ClientId || context.Request.ClientSecret != ClientSecret)
                    context.Reject(error: Errors.InvalidClient, description: "The client credentials are invalid.");
                return ValueTask.CompletedTask;
            }));
        });

        var app = builder.Build();
        try
        {
            app.UseAuthentication();
            app.MapMethods("connect/authorize", [HttpMethods.Get, HttpMethods.Post], (HttpContext http) => Authorize(http, provider.User));
            app.MapMethods("connect/userinfo", [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, Task<IResult>>)UserInfoAsync);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            (provider._app, provider.Authority) = (app, address.TrimEnd('/') + "/");
            return provider;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>OpenIddict has validated the request already (passthrough): sign the test's person in, no questions asked.</summary>
    private static IResult Authorize(HttpContext http, OidcUser user)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var identity = new ClaimsIdentity(Scheme, Claims.Name, RolesClaim)
            .SetClaim(Claims.Subject, user.Subject)
            .SetClaim(Claims.Name, user.Name)
            .SetClaim(Claims.PreferredUsername, user.PreferredUserName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaims(RolesClaim, ImmutableArray.Create(user.Roles))
            .SetClaims(GroupsClaim, ImmutableArray.Create(user.Groups));
        identity.SetScopes(request.GetScopes());
        // Both tokens carry everything: the ID token for the product's sign-in, the access token for user info.
        identity.SetDestinations(static _ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, Scheme);
    }

    /// <summary>The same claims again, read from the access token OpenIddict has validated (passthrough).</summary>
    private static async Task<IResult> UserInfoAsync(HttpContext http)
    {
        if ((await http.AuthenticateAsync(Scheme)).Principal is not { } principal)
            return Results.Challenge(authenticationSchemes: [Scheme]);
        return Results.Json(new
        {
            sub = principal.GetClaim(Claims.Subject),
            name = principal.GetClaim(Claims.Name),
            preferred_username = principal.GetClaim(Claims.PreferredUsername),
            email = principal.GetClaim(Claims.Email),
            roles = principal.GetClaims(RolesClaim),
            groups = principal.GetClaims(GroupsClaim),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record OidcUser(string Subject, string PreferredUserName, string Name, string Email, string[] Roles, string[] Groups);
