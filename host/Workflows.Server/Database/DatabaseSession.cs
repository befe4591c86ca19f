using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Workflows.Server.Database;

/// <summary>
/// One PostgreSQL connection per scope, shared by every module's DbContext. A transaction begun here is the
/// transaction of all of them: the server's step and the desk's records commit together, without a distributed
/// transaction. Contexts attach themselves when they are made and join an open transaction when they save.
/// </summary>
public sealed class DatabaseSession(NpgsqlDataSource dataSource) : IAsyncDisposable, IDisposable
{
    private readonly List<ModuleDbContext> _contexts = [];
    private NpgsqlConnection? _connection;
    private bool _openedForTransaction;

    /// <summary>The scope's connection; EF opens it on demand, a transaction keeps it open.</summary>
    public NpgsqlConnection Connection => _connection ??= dataSource.CreateConnection();

    /// <summary>The open transaction, if any.</summary>
    public NpgsqlTransaction? Transaction { get; private set; }

    /// <summary>
    /// Statements any module adds for this scope's next flush (a step's rows, an outbox message): they go out together,
    /// in one round trip, after the contexts' tracked changes.
    /// </summary>
    public SqlBatch Batch { get; } = new();

    internal void Attach(ModuleDbContext context) => _contexts.Add(context);

    /// <summary>Begins the scope's transaction. Npgsql sends BEGIN with the next statement, so this costs no round trip.</summary>
    public async Task<SessionTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        if (Transaction is not null) throw new InvalidOperationException("This scope already has an open transaction.");
        if (Connection.State != ConnectionState.Open)
        {
            await Connection.OpenAsync(cancellationToken);
            _openedForTransaction = true;
        }
        Transaction = await Connection.BeginTransactionAsync(cancellationToken);
        return new SessionTransaction(this);
    }

    /// <summary>
    /// Saves what every context tracks, then sends <see cref="Batch"/>, inside the open transaction; a context with
    /// nothing to save and an empty batch cost nothing. Tracked rows go first: the batch's statements may read them.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (Transaction is null) throw new InvalidOperationException("Begin a transaction before flushing into it.");
        foreach (var context in _contexts.ToList())
            if (context.ChangeTracker.HasChanges()) await context.SaveChangesAsync(cancellationToken);
        await Batch.ExecuteAsync(this, cancellationToken);
    }

    /// <summary>Every context's changes in one transaction: the open one, or one of its own.</summary>
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        if (Transaction is not null)
        {
            await FlushAsync(cancellationToken);
            return;
        }
        if (Batch.Count == 0 && !_contexts.Any(c => c.ChangeTracker.HasChanges())) return; // nothing to send: not even a commit
        await using var transaction = await BeginAsync(cancellationToken);
        await FlushAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    internal async Task EnlistAsync(ModuleDbContext context, CancellationToken cancellationToken)
    {
        if (Transaction is not null && context.Database.CurrentTransaction is null)
            await context.Database.UseTransactionAsync(Transaction, cancellationToken);
    }

    internal async Task EndAsync(bool commit, CancellationToken cancellationToken)
    {
        var transaction = Transaction ?? throw new InvalidOperationException("No transaction is open.");
        Transaction = null;
        try
        {
            if (commit) await transaction.CommitAsync(cancellationToken);
            else await RollbackAsync(transaction);
        }
        finally
        {
            foreach (var context in _contexts)
            {
                if (context.Database.CurrentTransaction is not null)
                    await context.Database.UseTransactionAsync(null, CancellationToken.None);
                // What was saved into a rolled-back transaction is not in the database: forget it, or the next save of
                // this scope would believe it is.
                if (!commit) context.ChangeTracker.Clear();
            }
            Batch.Clear();
            await transaction.DisposeAsync();
            // Back to the pool between transactions, as EF does between its own statements.
            if (_openedForTransaction) await Connection.CloseAsync();
            _openedForTransaction = false;
        }
    }

    private static async Task RollbackAsync(NpgsqlTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The connection broke (or the statement that failed ended the transaction): PostgreSQL has already
            // rolled it back, and the pool discards a broken connection.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Transaction is not null) await EndAsync(commit: false, CancellationToken.None);
        if (_connection is not null) await _connection.DisposeAsync();
    }

    /// <summary>For scopes disposed synchronously: an open transaction rolls back as the connection goes back to the pool.</summary>
    public void Dispose()
    {
        Transaction?.Dispose();
        Transaction = null;
        _connection?.Dispose();
    }
}
