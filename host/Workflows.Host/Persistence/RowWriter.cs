using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workflows.Host.Database;

namespace Workflows.Host.Persistence;

/// <summary>
/// Writes many rows of one table as a single multi-row INSERT. The journal and token rows of a step are
/// numerous and never read back, so EF's change tracking is pure cost for them.
/// </summary>
internal sealed class RowWriter(string table, params string[] columns)
{
    private readonly List<object?[]> _rows = [];

    public void Add(params object?[] values) => _rows.Add(values);

    public async Task WriteAsync(WorkflowsDbContext db, string? precedingSql, NpgsqlParameter[] precedingParameters, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder(precedingSql);
        var parameters = new List<NpgsqlParameter>(precedingParameters);
        if (_rows.Count > 0)
        {
            if (sql.Length > 0) sql.Append(";\n");
            sql.Append("INSERT INTO ").Append(table).Append(" (").Append(string.Join(", ", columns)).Append(") VALUES ");
            for (var row = 0; row < _rows.Count; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Length; column++)
                {
                    var name = $"@r{parameters.Count}";
                    sql.Append(column == 0 ? name : ", " + name);
                    parameters.Add(new NpgsqlParameter(name, _rows[row][column] ?? DBNull.Value));
                }
                sql.Append(')');
            }
        }
        if (sql.Length > 0) await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
    }
}
