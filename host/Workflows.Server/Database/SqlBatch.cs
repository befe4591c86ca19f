using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Workflows.Server.Database;

/// <summary>
/// Statements gathered over one unit of work and sent to PostgreSQL as one batch: one round trip, however many
/// rows a step writes. Each statement numbers its own parameters ($1, $2, ...). Modules add to the same batch, so a
/// step's projections cost no extra trip.
/// </summary>
public sealed class SqlBatch
{
    private readonly List<NpgsqlBatchCommand> _commands = [];

    public int Count => _commands.Count;

    /// <summary>One statement; <paramref name="values"/> are $1, $2, ... in order. Use <see cref="Json"/> for a jsonb value.</summary>
    public void Add(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(value as NpgsqlParameter ?? Parameter(value));
        _commands.Add(command);
    }

    /// <summary>PostgreSQL binds at most 65,535 parameters to one statement.</summary>
    private const int MaxParameters = 65_535;

    /// <summary>
    /// One multi-row INSERT of <paramref name="rows"/> into <paramref name="columns"/>, when there are any rows; several
    /// when one would bind more parameters than PostgreSQL takes (a multi-instance body opening thousands of tasks).
    /// </summary>
    public void Insert(string table, string[] columns, IReadOnlyList<object?[]> rows, string? suffix = null)
    {
        var perStatement = MaxParameters / columns.Length;
        if (rows.Count > perStatement)
        {
            for (var start = 0; start < rows.Count; start += perStatement)
                Insert(table, columns, rows.Skip(start).Take(perStatement).ToList(), suffix);
            return;
        }
        if (rows.Count == 0) return;
        var sql = new StringBuilder("INSERT INTO ").Append(table).Append(" (").AppendJoin(", ", columns).Append(") VALUES ");
        var values = new List<object?>(rows.Count * columns.Length);
        for (var row = 0; row < rows.Count; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Length; column++)
            {
                values.Add(rows[row][column]);
                sql.Append(column == 0 ? "$" : ", $").Append(values.Count);
            }
            sql.Append(')');
        }
        if (suffix is not null) sql.Append(' ').Append(suffix);
        Add(sql.ToString(), [.. values]);
    }

    /// <summary>A JSON text bound as jsonb.</summary>
    public static NpgsqlParameter Json(string json) => new() { Value = json, NpgsqlDbType = NpgsqlDbType.Jsonb };

    /// <summary>Forgets the statements not sent yet (their transaction rolled back).</summary>
    public void Clear() => _commands.Clear();

    /// <summary>Sends every statement on the scope's connection, in its open transaction.</summary>
    public async Task ExecuteAsync(DatabaseSession session, CancellationToken cancellationToken)
    {
        if (_commands.Count == 0) return;
        await using var batch = new NpgsqlBatch(session.Connection, session.Transaction);
        foreach (var command in _commands) batch.BatchCommands.Add(command);
        _commands.Clear();
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Nulls carry their type, so PostgreSQL never has to guess one.</summary>
    private static NpgsqlParameter Parameter(object? value) => value switch
    {
        null => new NpgsqlParameter { Value = DBNull.Value },
        _ => new NpgsqlParameter { Value = value },
    };
}
