namespace Workflows.Server.Database;

/// <summary>The scope's open transaction: commit it, or dispose it to roll everything back to where it began.</summary>
public sealed class SessionTransaction(DatabaseSession session) : IAsyncDisposable
{
    private bool _ended;

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        _ended = true;
        await session.EndAsync(commit: true, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_ended) return;
        _ended = true;
        await session.EndAsync(commit: false, CancellationToken.None);
    }
}
