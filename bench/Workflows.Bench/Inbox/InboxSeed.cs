using Npgsql;
using Workflows.Desk.Database;
using Workflows.Server.Database;

namespace Workflows.Bench.Inbox;

/// <summary>
/// Seeds the inbox's tables in bulk with SQL: open tasks spread over the three queues, each on its own case, plus
/// as many finished tasks (history every real desk has), and statistics refreshed so plans are realistic.
/// </summary>
internal static class InboxSeed
{
    public static async Task RunAsync(string connectionString, int openTasks)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var customers = Math.Max(1, openTasks / 5);
        foreach (var sql in Statements(openTasks, customers))
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The desk's projection of the open tasks, as its inbox projection keeps it: each task with its case's fields beside it.</summary>
    public const string ProjectOpenTasks = $"""
        INSERT INTO {DeskTables.InboxTasks} (task_id, instance_id, definition_id, node_id, name, candidate_groups, candidate_users, assignee, claimed_at,
            priority, due_date, form_key, created_at, case_id, sla_due_at, case_channel, case_category, case_priority)
        SELECT u.id, u.instance_id, u.definition_id, u.node_id, u.name, u.candidate_groups, u.candidate_users, u.assignee,
               CASE WHEN u.assignee IS NOT NULL THEN u.created_at END, u.priority, u.due_date, u.form_key, u.created_at, c.id,
               CASE WHEN c.first_responded_at IS NULL THEN c.first_response_due_at ELSE c.resolution_due_at END, c.channel, c.category, c.priority
        FROM {ServerTables.UserTasks} u JOIN {DeskTables.Cases} c ON c.instance_id = u.instance_id WHERE u.status = 'open'
        """;

    private static IEnumerable<string> Statements(int tasks, int customers) =>
    [
        $"""
        INSERT INTO {DeskTables.Customers} (id, name, segment, language, region, created_at)
        SELECT gen_random_uuid(), 'Bench customer ' || n,
               (ARRAY['consumer','merchant','partner','vip'])[1 + n % 4], (ARRAY['zh-CN','en'])[1 + n % 2], 'Shenzhen', now()
        FROM generate_series(1, {customers}) n
        """,
        $"""CREATE TEMP TABLE bench_customers AS SELECT id, row_number() OVER () AS n FROM {DeskTables.Customers}""",
        // Independent random draws (seeded, so runs compare), not modulo patterns that would correlate the filters.
        "SELECT setseed(0.42)",
        // Twice as many cases as open tasks: the second half are finished, with finished tasks.
        $"""
        CREATE TEMP TABLE bench_cases AS
        SELECT n, gen_random_uuid() AS case_id, gen_random_uuid() AS instance_id, now() - random() * interval '10 hours' AS created_at,
               random() < 0.1 AS urgent, n > {tasks} AS finished, floor(random() * 4)::int AS channel, floor(random() * 6)::int AS category,
               floor(random() * 10)::int AS queue, random() < 0.5 AS answered, random() < 0.15 AS claimed
        FROM generate_series(1, {2 * tasks}) n
        """,
        $"""
        INSERT INTO {DeskTables.Cases} (id, number, customer_id, instance_id, channel, subject, description, category, priority, status,
            suggested_articles, created_at, first_response_due_at, first_responded_at, resolution_due_at)
        SELECT b.case_id, 'CS-BENCH-' || lpad(b.n::text, 7, '0'), c.id, b.instance_id,
               (ARRAY['phone','chat','email','wechat'])[1 + b.channel], 'Bench case ' || b.n, 'Seeded for the inbox benchmark',
               (ARRAY['payment-failure','account-security','points-rebates','refund-dispute','complaint','general'])[1 + b.category],
               CASE WHEN b.urgent THEN 'urgent' ELSE 'normal' END, CASE WHEN b.finished THEN 'closed' ELSE 'open' END, ARRAY[]::text[],
               b.created_at, b.created_at + CASE WHEN b.urgent THEN interval '2 minutes' ELSE interval '10 minutes' END,
               CASE WHEN b.answered THEN b.created_at + interval '1 minute' END, b.created_at + interval '1 day'
        FROM bench_cases b JOIN bench_customers c ON c.n = 1 + b.n % {customers}
        """,
        "CREATE TEMP TABLE bench_tasks AS SELECT gen_random_uuid() AS task_id, b.* FROM bench_cases b",
        $$"""
        INSERT INTO {{ServerTables.UserTasks}} (id, instance_id, definition_id, local_id, node_id, name, candidate_groups, candidate_users, assignee,
            due_date, priority, form_key, status, created_at, ended_at, completed_by)
        SELECT b.task_id, b.instance_id, d.id, 1,
               CASE WHEN b.answered THEN 'resolve_l1' ELSE 'understand' END, CASE WHEN b.answered THEN 'Resolve (L1)' ELSE 'Understand the request' END,
               CASE WHEN b.queue < 5 THEN ARRAY['agent-l1'] WHEN b.queue < 8 THEN ARRAY['agent-l2'] ELSE ARRAY['risk'] END, '{}',
               CASE WHEN b.claimed THEN 'agent1' END, b.created_at + CASE WHEN b.urgent THEN interval '2 minutes' ELSE interval '10 minutes' END,
               CASE WHEN b.urgent THEN 90 ELSE 50 END, 'understand',
               CASE WHEN b.finished THEN 'completed' ELSE 'open' END, b.created_at,
               CASE WHEN b.finished THEN b.created_at + interval '5 minutes' END, CASE WHEN b.finished THEN 'agent1' END
        FROM bench_tasks b CROSS JOIN (SELECT id FROM {{ServerTables.Definitions}} WHERE key = 'support-case' ORDER BY version DESC LIMIT 1) d
        """,
        ProjectOpenTasks,
        "ANALYZE",
    ];
}
