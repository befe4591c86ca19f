using Workflows.Activities.Cases;

namespace Workflows.Desk.Cases;

/// <summary>
/// What each milestone does to a case's status and SLA record. The first stamp wins, so a retried step changes
/// nothing; time spent waiting for the customer moves the resolution target out by as long.
/// </summary>
internal sealed class CaseMilestone(CaseEntity found, DateTimeOffset now)
{
    public void Apply(string milestone)
    {
        switch (milestone)
        {
            case CaseMilestones.FirstResponse:
                found.FirstRespondedAt ??= now;
                found.Status = CaseStatuses.Open;
                break;
            case CaseMilestones.SlaWarning:
                found.SlaWarnedAt ??= now;
                break;
            case CaseMilestones.FirstResponseBreached:
                found.FirstResponseBreachedAt ??= now;
                break;
            case CaseMilestones.WaitingForCustomer:
                found.WaitingSince ??= now;
                found.Status = CaseStatuses.WaitingForCustomer;
                break;
            case CaseMilestones.CustomerReplied:
                found.WaitingSince = null;
                found.Status = CaseStatuses.Open;
                break;
            case CaseMilestones.Resolved:
                found.ResolvedAt ??= now;
                found.ResolutionBreached ??= now > found.ResolutionDueAt;
                found.Status = CaseStatuses.Resolved;
                break;
            case CaseMilestones.Reopened:
                found.Status = CaseStatuses.Reopened;
                // A case the customer had to come back about was not resolved at first contact, whatever L1 thought.
                found.FirstContactResolution = false;
                break;
            case CaseMilestones.Closed:
                found.ClosedAt ??= now;
                found.Status = CaseStatuses.Closed;
                break;
        }
    }
}
