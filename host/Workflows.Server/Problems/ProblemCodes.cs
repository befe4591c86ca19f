using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Server.Problems;

/// <summary>
/// Gives every problem document a code, including those the framework writes (a body that is not JSON, a route
/// that does not exist, a missing sign-in): named by the status when nothing more precise was said.
/// </summary>
public static class ProblemCodes
{
    public static IServiceCollection AddProblemCodes(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var extensions = context.ProblemDetails.Extensions;
            if (extensions.ContainsKey("code")) return;
            extensions["code"] = context.ProblemDetails.Status switch
            {
                StatusCodes.Status400BadRequest => "request.invalid",
                StatusCodes.Status401Unauthorized => "sign-in.required",
                StatusCodes.Status403Forbidden => "forbidden",
                StatusCodes.Status404NotFound => "not-found",
                StatusCodes.Status405MethodNotAllowed => "method.not-allowed",
                StatusCodes.Status409Conflict => "conflict",
                StatusCodes.Status415UnsupportedMediaType => "media-type.unsupported",
                StatusCodes.Status429TooManyRequests => "too-many-requests",
                >= 500 => "server.error",
                _ => "request.failed",
            };
            extensions["params"] = new Dictionary<string, object?>();
        });
}
