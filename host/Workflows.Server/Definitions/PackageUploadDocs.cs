using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Workflows.Server.Definitions;

/// <summary>
/// A diagram is uploaded as bare BPMN XML or as JSON <c>{ xml, forms }</c>. Accepts&lt;T&gt; documents one type for all
/// content types, so the JSON one's schema is set on the operation by hand.
/// </summary>
public static class PackageUploadDocs
{
    public static RouteHandlerBuilder AcceptsPackage(this RouteHandlerBuilder route) => route
        // Accepts also routes: a content type left out here would be refused with 415.
        .Accepts<string>("application/xml", "text/xml", "text/plain", "application/json")
        .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            if (operation.RequestBody?.Content is not { } content) return;
            content["application/json"] = new OpenApiMediaType
            {
                Schema = await context.GetOrCreateSchemaAsync(typeof(PackageReader.Upload), null, cancellationToken),
            };
        });
}
