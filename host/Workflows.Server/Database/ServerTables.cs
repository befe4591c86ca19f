namespace Workflows.Server.Database;

/// <summary>
/// The server's schema and tables, spelled once. The EF model maps to these names (a test holds them together) and
/// raw SQL takes them from here, so no statement hard-codes a schema.
/// </summary>
public static class ServerTables
{
    public const string Schema = "workflows";

    /// <summary>Hangfire's own schema, beside ours.</summary>
    public const string HangfireSchema = "hangfire";

    public const string Definitions = Schema + ".definitions";
    public const string DefinitionForms = Schema + ".definition_forms";
    public const string Drafts = Schema + ".drafts";
    public const string Decisions = Schema + ".decisions";
    public const string DecisionEvaluations = Schema + ".decision_evaluations";
    public const string Instances = Schema + ".instances";
    public const string Tokens = Schema + ".tokens";
    public const string UserTasks = Schema + ".user_tasks";
    public const string Timers = Schema + ".timers";
    public const string Subscriptions = Schema + ".subscriptions";
    public const string Incidents = Schema + ".incidents";
    public const string Journal = Schema + ".journals";
    public const string Outbox = Schema + ".outbox_messages";
    public const string Users = Schema + ".users";
    public const string Teams = Schema + ".teams";
    public const string TeamMembers = Schema + ".team_members";
    public const string ApiTokens = Schema + ".api_tokens";
    public const string Audit = Schema + ".audit_entries";
}
