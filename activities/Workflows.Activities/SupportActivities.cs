using Workflows.Activities.Accounts;
using Workflows.Activities.Diagnosis;
using Workflows.Activities.Education;
using Workflows.Activities.Identity;
using Workflows.Activities.Notifications;
using Workflows.Activities.Resolution;
using Workflows.Activities.Surveys;

namespace Workflows.Activities;

/// <summary>Every activity of the support domain, for the host to register.</summary>
public static class SupportActivities
{
    public static readonly IReadOnlyList<Type> Types =
    [
        typeof(VerifyIdentityActivity), typeof(DiagnoseActivity), typeof(FreezeAccountActivity), typeof(NotifyCustomerActivity),
        typeof(RecordResolutionActivity), typeof(TrackCaseActivity), typeof(SendEducationActivity), typeof(SendSurveyActivity),
    ];
}
