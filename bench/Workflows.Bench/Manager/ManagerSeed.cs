using Npgsql;
using Workflows.Desk.Database;
using Workflows.Server.Database;

namespace Workflows.Bench.Manager;

/// <summary>
/// Seeds a desk's history in bulk with SQL: cases over six months, 95% of them closed with their instance
/// completed and a finished task, the rest open and waiting somewhere in the support flow (tasks, customer
/// replies, surveys, callbacks, incidents) with the tokens, tasks and incidents the runtime would have written.
/// </summary>
internal static class ManagerSeed
{
    public static async Task RunAsync(string connectionString, int cases)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var sql in Statements(cases, Math.Max(1, cases / 10)))
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 1800 };
            await command.ExecuteNonQueryAsync();
        }
    }

    // Where an open case waits, by a draw from 0 to 99: its node, what waits there, the queue and form of a task.
    private const string Stages = """
        CREATE TEMP TABLE bench_stages (lo int, hi int, node_id text, node_name text, kind text, queue text, form_key text);
        INSERT INTO bench_stages VALUES
          (0, 20, 'understand', 'Understand the request', 'task', 'agent-l1', 'understand'),
          (20, 45, 'resolve_l1', 'Resolve (L1)', 'task', 'agent-l1', 'resolve'),
          (45, 50, 'understand_l2', 'Understand the request (L2)', 'task', 'agent-l2', 'understand'),
          (50, 60, 'resolve_l2', 'Resolve (L2)', 'task', 'agent-l2', 'resolve-l2'),
          (60, 63, 'risk_review', 'Risk review', 'task', 'risk', 'risk-review'),
          (63, 70, 'assist', 'Assist the customer', 'task', 'agent-l1', 'assist'),
          (70, 80, 'customer_reply', 'Customer replied', 'message', NULL, NULL),
          (80, 92, 'survey_wait', 'Answer or expiry', 'survey', NULL, NULL),
          (92, 96, 'callback_scheduled', 'Scheduled callback (回访)', 'callback', 'agent-l1', 'callback'),
          (96, 98, 'callback_low_score', 'Call back unhappy customer (回访)', 'callback', 'agent-l2', 'callback'),
          (98, 100, 'verify', 'Verify identity', 'incident', NULL, NULL);
        """;

    // What customers write, in both languages, so text search meets realistic words: a subject in twelve, a description
    // in ten, and an order number shared by about twenty cases in a million.
    private const string Subjects = """
        (ARRAY['Payment failed at checkout', 'Refund not received', 'Card declined twice', 'Account locked after login attempts',
              'Points missing from my last order', 'Chargeback on a purchase', '支付失败，提示余额不足', '退款一直没有到账', '银行卡被拒绝',
              '账户被冻结无法登录', '积分没有到账', '商户结算延迟'])
        """;

    private const string Descriptions = """
        (ARRAY['The payment failed with a network error but money left my account', 'I asked for a refund last week and nothing arrived',
              'My card was declined although the balance is enough', 'Someone tried to log in and now the account is locked',
              'The merchant says the settlement is delayed', '付款时提示网络错误，但是钱已经扣了', '上周申请的退款到现在还没有收到',
              '余额充足但是银行卡一直被拒绝', '有人尝试登录我的账户，现在账户被锁定了', '商户结算一直延迟，影响资金周转'])
        """;

    // Chinese names from a dozen family names and fifteen given names, every fifth customer an English one.
    private const string Names = """
        CASE WHEN n % 5 = 0 THEN (ARRAY['Alice','Bob','Carol','David','Emma','Frank','Grace'])[1 + n % 7] || ' ' || (ARRAY['Smith','Chen','Wong','Brown','Li'])[1 + n / 7 % 5]
             ELSE (ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙'])[1 + n % 12] || (ARRAY['伟','芳','娜','敏','静','磊','洋','勇','艳','杰','军','涛','明','超','霞'])[1 + n / 12 % 15] END
        """;

    private static IEnumerable<string> Statements(int cases, int customers) =>
    [
        $"""
        INSERT INTO {DeskTables.Customers} (id, name, segment, language, region, created_at)
        SELECT gen_random_uuid(), {Names}, (ARRAY['consumer','merchant','partner','vip'])[1 + n % 4],
               (ARRAY['zh-CN','en'])[1 + n % 2], 'Shenzhen', now()
        FROM generate_series(1, {customers}) n
        """,
        $"CREATE TEMP TABLE bench_customers AS SELECT id, row_number() OVER () AS n FROM {DeskTables.Customers}",
        // Every customer has a phone number the case search can find them by: 139 and their number, eight digits.
        $"INSERT INTO {DeskTables.CustomerContacts} (id, customer_id, channel, address) SELECT gen_random_uuid(), id, 'phone', '139' || lpad(n::text, 8, '0') FROM bench_customers",
        $"CREATE TEMP TABLE bench_definition AS SELECT id, key, version FROM {ServerTables.Definitions} WHERE key = 'support-case' ORDER BY version DESC LIMIT 1",
        Stages,
        "SELECT setseed(0.42)",
        $"""
        CREATE TEMP TABLE bench_cases AS
        SELECT n, gen_random_uuid() AS case_id, gen_random_uuid() AS instance_id, o AS open,
               CASE WHEN o THEN now() - interval '3 days' * r1 * r1 ELSE now() - interval '180 days' * r1 END AS created_at,
               floor(random() * 100)::int AS stage, floor(random() * 4)::int AS channel, floor(random() * 6)::int AS category,
               random() < 0.1 AS urgent, r2, r3
        FROM (SELECT n, random() < 0.05 AS o, random() AS r1, random() AS r2, random() AS r3 FROM generate_series(1, {cases}) n) x
        """,
        """
        CREATE TEMP TABLE bench_open AS
        SELECT b.*, s.node_id, s.node_name, s.kind, s.queue, s.form_key,
               b.created_at + (now() - b.created_at) * b.r2 AS since
        FROM bench_cases b JOIN bench_stages s ON b.stage >= s.lo AND b.stage < s.hi WHERE b.open
        """,
        $"""
        INSERT INTO {DeskTables.Cases} (id, number, customer_id, instance_id, channel, subject, description, category, priority, status,
            suggested_articles, created_at, first_response_due_at, first_responded_at, resolution_due_at, resolved_at, closed_at,
            waiting_since, csat_score, first_contact_resolution)
        SELECT b.case_id, 'CS-BENCH-' || lpad(b.n::text, 7, '0'), c.id, b.instance_id,
               (ARRAY['phone','chat','email','wechat'])[1 + b.channel], {Subjects}[1 + b.n % 12], {Descriptions}[1 + b.n / 12 % 10] || ' #' || (b.n % 50000),
               (ARRAY['payment-failure','account-security','points-rebates','refund-dispute','complaint','general'])[1 + b.category],
               CASE WHEN b.urgent THEN 'urgent' ELSE 'normal' END,
               CASE WHEN NOT b.open THEN 'closed' WHEN o.kind = 'message' THEN 'waiting-customer' WHEN o.kind IN ('survey', 'callback') THEN 'resolved' ELSE 'open' END,
               ARRAY[]::text[], b.created_at,
               b.created_at + CASE WHEN b.urgent THEN interval '2 minutes' ELSE interval '10 minutes' END,
               CASE WHEN b.open AND o.node_id IN ('understand', 'understand_l2') THEN NULL ELSE b.created_at + interval '15 minutes' * b.r3 END,
               b.created_at + interval '1 day',
               CASE WHEN NOT b.open THEN b.created_at + interval '2 days' * b.r3 WHEN o.kind IN ('survey', 'callback') THEN o.since END,
               CASE WHEN NOT b.open THEN b.created_at + interval '2 days' * b.r3 + interval '8 days' END,
               CASE WHEN o.kind = 'message' THEN o.since END,
               CASE WHEN NOT b.open AND b.r2 < 0.3 THEN 1 + floor(b.r3 * 5)::int END,
               CASE WHEN NOT b.open THEN b.r2 < 0.6 END
        FROM bench_cases b JOIN bench_customers c ON c.n = 1 + b.n % {customers} LEFT JOIN bench_open o ON o.n = b.n
        """,
        $$"""
        INSERT INTO {{ServerTables.Instances}} (id, business_key, definition_id, definition_key, definition_version, revision, status, state, variables, started_at, ended_at)
        SELECT b.instance_id, 'CS-BENCH-' || lpad(b.n::text, 7, '0'), d.id, d.key, d.version, 1,
               CASE WHEN b.open THEN 'active' ELSE 'completed' END, '{}', '{}', b.created_at,
               CASE WHEN NOT b.open THEN b.created_at + interval '2 days' * b.r3 + interval '8 days' END
        FROM bench_cases b CROSS JOIN bench_definition d
        """,
        $"""
        INSERT INTO {ServerTables.Tokens} (instance_id, definition_id, token_id, node_id, node_name, status, since)
        SELECT o.instance_id, d.id, 1, o.node_id, o.node_name, CASE WHEN o.kind = 'incident' THEN 'incident' ELSE 'waiting' END, o.since
        FROM bench_open o CROSS JOIN bench_definition d
        """,
        $$"""
        INSERT INTO {{ServerTables.UserTasks}} (id, instance_id, definition_id, local_id, node_id, name, candidate_groups, candidate_users, assignee,
            due_date, priority, form_key, status, created_at)
        SELECT gen_random_uuid(), o.instance_id, d.id, 1, o.node_id, o.node_name, ARRAY[o.queue], '{}', CASE WHEN o.r3 < 0.4 THEN 'agent1' END,
               CASE WHEN o.kind = 'callback' THEN o.since + interval '3 days' * o.r3 ELSE o.created_at + interval '10 minutes' END,
               CASE WHEN o.urgent THEN 90 ELSE 50 END, o.form_key, 'open', o.since
        FROM bench_open o CROSS JOIN bench_definition d WHERE o.kind IN ('task', 'callback')
        """,
        $$"""
        INSERT INTO {{ServerTables.UserTasks}} (id, instance_id, definition_id, local_id, node_id, name, candidate_groups, candidate_users, assignee,
            due_date, priority, form_key, status, created_at, ended_at, completed_by)
        SELECT gen_random_uuid(), b.instance_id, d.id, 1, 'resolve_l1', 'Resolve (L1)', ARRAY['agent-l1'], '{}', 'agent1',
               b.created_at + interval '10 minutes', 50, 'resolve', 'completed', b.created_at, b.created_at + interval '2 days' * b.r3, 'agent1'
        FROM bench_cases b CROSS JOIN bench_definition d WHERE NOT b.open
        """,
        $"""
        INSERT INTO {ServerTables.Incidents} (id, instance_id, local_id, node_id, kind, message, created_at)
        SELECT gen_random_uuid(), o.instance_id, 1, o.node_id, 'FailedActivity', 'verify-identity: the customer register did not answer', o.since
        FROM bench_open o WHERE o.kind = 'incident'
        """,
        // How long the flow's waits usually take, as the baseline job would have measured them.
        $"""
        INSERT INTO {DeskTables.NodeWaitBaselines} (definition_key, node_id, samples, p50_seconds, p90_seconds, updated_at)
        VALUES ('support-case', 'customer_reply', 5000, 7200, 21600, now()), ('support-case', 'survey_wait', 5000, 36000, 86400, now())
        ON CONFLICT (definition_key, node_id) DO UPDATE SET p50_seconds = excluded.p50_seconds, p90_seconds = excluded.p90_seconds
        """,
        Inbox.InboxSeed.ProjectOpenTasks,
        // A desk that has run for months has been vacuumed: visibility maps set, so index-only scans stay index-only.
        "VACUUM ANALYZE",
    ];
}
