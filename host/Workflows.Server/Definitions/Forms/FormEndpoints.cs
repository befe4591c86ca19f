using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Server.Database;
using Workflows.Server.Persistence;
using Workflows.Server.Problems;
using Workflows.Server.UserTasks;

namespace Workflows.Server.Definitions.Forms;

/// <summary>The forms of a published version, and the form a task is completed with (from its own version).</summary>
public static class FormEndpoints
{
    /// <summary>A task's form and the instance's current values of its fields, to fill it in with (as Camunda does).</summary>
    public sealed record TaskForm(string FormKey, JsonElement Schema, Dictionary<string, JsonElement> Data);

    /// <summary>The keys of a form's fields, through groups and other nested components.</summary>
    public static IEnumerable<string> FieldKeys(JsonElement component)
    {
        if (component.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String) yield return key.GetString()!;
        if (!component.TryGetProperty("components", out var children) || children.ValueKind != JsonValueKind.Array) yield break;
        foreach (var child in children.EnumerateArray())
            foreach (var nested in FieldKeys(child)) yield return nested;
    }

    public static void MapFormEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/definitions/{key}/versions/{version:int}/forms", async (string key, int version, ServerDbContext db) =>
        {
            var definition = await db.Definitions.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key && d.Version == version);
            if (definition is null) return Problem.NotFound($"Version {version} of '{key}'");
            var forms = await db.DefinitionForms.AsNoTracking().Where(f => f.DefinitionId == definition.Id).ToDictionaryAsync(f => f.FormKey, f => f.Schema);
            return Results.Text(PackageReader.FormsJson(forms), "application/json");
        }).WithTags("Definitions");
        app.MapGet("/api/definitions/{key}/versions/{version:int}/forms/{formKey}", async (string key, int version, string formKey, ServerDbContext db) =>
            await (from f in db.DefinitionForms join d in db.Definitions on f.DefinitionId equals d.Id
                   where d.Key == key && d.Version == version && f.FormKey == formKey select f.Schema).SingleOrDefaultAsync() is { } schema
                ? Results.Text(schema, "application/json")
                : Problem.NotFound($"Form '{formKey}' of version {version} of '{key}'")).WithTags("Definitions");
        app.MapGet("/api/tasks/{id:guid}/form", async (Guid id, ServerDbContext db, DefinitionCache definitions, ClaimsPrincipal user) =>
        {
            var task = await db.UserTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id);
            if (task is null) return Problem.NotFound(NotFoundKind.Task, id);
            if (!TaskAccess.CanSee(user, task)) return Results.Forbid();
            if (!FormRules.IsStoredKey(task.FormKey)) return Problem.NotFound($"A stored form for task {id}");
            var found = await (from f in db.DefinitionForms join i in db.Instances on f.DefinitionId equals i.DefinitionId
                               where i.Id == task.InstanceId && f.FormKey == task.FormKey select new { f.Schema, i.State, i.DefinitionId }).SingleOrDefaultAsync();
            if (found is null) return Problem.NotFound($"Form '{task.FormKey}' of task {id}");
            var schema = JsonDocument.Parse(found.Schema).RootElement;
            var fields = FieldKeys(schema).ToHashSet();
            // What the task's token sees: the process's variables and, for a multi-instance inner instance, its element and loopCounter.
            var (_, definition) = await definitions.GetAsync(db, found.DefinitionId, CancellationToken.None);
            var data = VariableScopes.OfUserTask(definition, InstanceState.FromJson(found.State), task.LocalId)
                .Where(v => fields.Contains(v.Key)).ToDictionary();
            return Results.Ok(new TaskForm(task.FormKey!, schema, data));
        }).WithTags("Tasks").Produces<TaskForm>();
    }
}
