using Workflows.Engine.Activities;

namespace Workflows.Server.Activities;

public static class ActivityEndpoints
{
    public static void MapActivityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/activities", (ActivityCatalog catalog) => catalog.Descriptors.OrderBy(d => d.Topic)).WithTags("Activities");
        app.MapGet("/api/element-templates", (ActivityCatalog catalog) => Results.Json(ElementTemplates.Generate(catalog.Descriptors))).WithTags("Activities");
    }
}
