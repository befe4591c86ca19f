namespace Workflows.Desk.Database;

/// <summary>
/// The desk's schema and tables, spelled once. The EF model maps to these names (a test holds them together) and
/// raw SQL takes them from here.
/// </summary>
public static class DeskTables
{
    public const string Schema = "desk";
    public const string CaseNumbers = Schema + ".case_numbers";
    public const string Customers = Schema + ".customers";
    public const string CustomerContacts = Schema + ".customer_contacts";
    public const string Accounts = Schema + ".accounts";
    public const string Cases = Schema + ".cases";
    public const string CaseMessages = Schema + ".case_messages";
    public const string SlaPolicies = Schema + ".sla_policies";
    public const string Holidays = Schema + ".holidays";
    public const string BusinessWeeks = Schema + ".business_weeks";
    public const string KbArticles = Schema + ".kb_articles";
    public const string KbRevisions = Schema + ".kb_revisions";
    public const string Macros = Schema + ".macros";
    public const string Attachments = Schema + ".attachments";
    public const string Surveys = Schema + ".surveys";
    public const string Alerts = Schema + ".alerts";
    public const string Calls = Schema + ".calls";
    public const string Settings = Schema + ".settings";
    public const string NodeWaitBaselines = Schema + ".node_wait_baselines";
    public const string InboxTasks = Schema + ".inbox_tasks";
    public const string AgentPresences = Schema + ".agent_presences";
    public const string TeamRoutings = Schema + ".team_routings";
    public const string RoutingOffers = Schema + ".routing_offers";
    public const string RoutingDeclines = Schema + ".routing_declines";
    public const string ShiftTemplates = Schema + ".shift_templates";
    public const string RosterEntries = Schema + ".roster_entries";
    public const string WeChatReceipts = Schema + ".we_chat_receipts";
    public const string WeChatDeliveries = Schema + ".we_chat_deliveries";
    public const string EmailReceipts = Schema + ".email_receipts";
    public const string ChatCodes = Schema + ".chat_codes";
    public const string ChatSessions = Schema + ".chat_sessions";
    public const string ChatEntries = Schema + ".chat_entries";
    public const string BotConversations = Schema + ".bot_conversations";
}
