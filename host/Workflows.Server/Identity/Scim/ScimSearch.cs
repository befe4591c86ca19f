using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Workflows.Server.Identity.Scim;

/// <summary>
/// GET on a resource collection (RFC 7644 §3.4.2): the filter parsed and translated (400 invalidFilter when it
/// cannot be), a 1-based page in a stable order, and the total that matched, as a ListResponse.
/// </summary>
public static class ScimSearch
{
    public static async Task<IResult> RunAsync<TEntity, TView>(IQueryable<TEntity> rows, string? filter, ScimFilterTranslator<TEntity> translator,
        Expression<Func<TEntity, DateTimeOffset>> createdAt, Expression<Func<TEntity, Guid>> id, Func<IQueryable<TEntity>, IQueryable<TView>> views,
        Func<TView, JsonNode> resource, int? startIndex, int? count, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(filter))
        {
            try
            {
                rows = rows.Where(translator.Translate(ScimFilterParser.Parse(filter)));
            }
            catch (ScimFilterException e)
            {
                return ScimResults.Error(StatusCodes.Status400BadRequest, $"The filter cannot be used: {e.Message}", "invalidFilter");
            }
        }
        var (start, take) = ScimRequest.Paging(startIndex, count);
        var total = await rows.CountAsync(ct);
        var page = take == 0 ? [] : await views(rows.OrderBy(createdAt).ThenBy(id).Skip(start - 1).Take(take)).ToListAsync(ct);
        return ScimResults.Json(ScimResults.List(page.Select(resource), total, start));
    }
}
