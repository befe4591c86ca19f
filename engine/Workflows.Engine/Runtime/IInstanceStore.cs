namespace Workflows.Engine.Runtime;

/// <summary>Where instances live. The host implements it on PostgreSQL; a step opens one transaction of it.</summary>
public interface IInstanceStore
{
    Task<IStepTransaction> BeginAsync(CancellationToken cancellationToken);
}
