using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Runtime;
using Workflows.Desk.Cases;
using Workflows.Desk.Channels;
using Workflows.Desk.Customers;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Server.UserTasks;

namespace Workflows.Desk.Support;

/// <summary>
/// <c>--seed-demo</c>: customers and about fifty cases in every state, driven through the real flow by the demo
/// agents, so a new user sees a living desk. Runs once per database (the demo cases carry idempotency keys).
/// </summary>
public sealed class DemoData(DeskDbContext db, IServiceScopeFactory scopes, TimeProvider clock, ILogger<DemoData> log)
{
    private sealed record Person(string Name, string Segment, string Language, string Phone, string? Email, string? WeChat, string Region);

    private static readonly Person[] People =
    [
        new("张伟", "consumer", "zh-CN", "13800138001", null, "wx-zhangwei", "Shenzhen"), new("王芳", "vip", "zh-CN", "13800138002", "wangfang@example.cn", null, "Shanghai"),
        new("李娜", "consumer", "zh-CN", "13800138003", null, "wx-lina", "Beijing"), new("刘洋", "merchant", "zh-CN", "13800138004", "liuyang@shop.example.cn", null, "Hangzhou"),
        new("陈静", "consumer", "zh-CN", "13800138005", null, null, "Guangzhou"), new("杨老伯", "consumer", "zh-CN", "13800138006", null, null, "Chengdu"),
        new("赵敏", "partner", "zh-CN", "13800138007", "zhaomin@partner.example.cn", null, "Shenzhen"), new("Emily Chen", "consumer", "en", "13800138008", "emily@example.com", null, "Hong Kong"),
        new("James Wong", "vip", "en", "13800138009", "james@example.com", null, "Singapore"), new("Noodle House Ltd", "merchant", "en", "13800138010", "ops@noodle.example.com", null, "Shenzhen"),
        new("黄小明", "consumer", "zh-CN", "13800138011", null, "wx-xiaoming", "Wuhan"), new("周婷", "consumer", "zh-CN", "13800138012", null, "wx-zhouting", "Nanjing"),
    ];

    private static readonly (string Subject, string Description, string Category)[] Contacts =
    [
        ("支付失败", "付款时提示余额不足，交易失败", "payment-failure"), ("付款失败", "超过单日限额，无法付款", "payment-failure"),
        ("交易失败", "一直显示网络超时", "payment-failure"), ("Payment declined", "My bank declined the payment at checkout", "payment-failure"),
        ("账号被盗", "有人异地登录并盗刷了我的账户", "account-security"), ("Phishing text", "I clicked a phishing link and typed my code", "account-security"),
        ("积分没到账", "上周消费的积分还没有到账", "points-rebates"), ("Cashback missing", "The cashback from the campaign never arrived", "points-rebates"),
        ("退款没收到", "商品已退货，退款还没到账", "refund-dispute"), ("Charged twice", "I was charged twice for one order", "refund-dispute"),
        ("我要投诉", "客服态度很差，我要投诉", "complaint"),
    ];

    /// <summary>Contacts the flow routes to L1 (not security, not complaints).</summary>
    private static readonly (string Subject, string Description, string Category)[] L1Contacts = [.. Contacts.Where(c => c.Category is not ("account-security" or "complaint"))];

    /// <summary>Where each demo case is left: the number of cases and the tasks completed to get there.</summary>
    private static readonly (int Count, string[] Steps)[] Plan =
    [
        (12, []), (8, ["understand"]), (4, ["understand", "resolve_l1:need-info"]), (5, ["understand", "resolve_l1:escalate"]),
        (3, ["understand:fraud"]), (2, ["understand:fraud", "risk_review"]), (8, ["understand", "resolve_l1", "assist"]),
        (3, ["understand:stranger", "manual_verify"]), (5, ["understand:burst"]),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Cases.AnyAsync(c => c.IdempotencyKey != null && c.IdempotencyKey.StartsWith("demo-"), ct))
        {
            log.LogInformation("Demo data is already there.");
            return;
        }
        var customers = await CustomersAsync(ct);
        var n = 0;
        foreach (var (count, steps) in Plan)
            for (var i = 0; i < count; i++, n++)
            {
                var person = customers[n % customers.Count];
                var burst = steps.Contains("understand:burst");
                var contact = burst ? Contacts[9]
                    : steps.Any(s => s.EndsWith(":fraud")) ? Contacts[4 + n % 2]
                    : steps.Any(s => s.StartsWith("resolve_l1")) ? L1Contacts[n % L1Contacts.Length]
                    : Contacts[n % Contacts.Length];
                await using var scope = scopes.CreateAsyncScope();
                var intake = scope.ServiceProvider.GetRequiredService<CaseIntake>();
                var opened = await intake.OpenAsync(new IntakeRequest(
                    new[] { "phone", "chat", "email", "wechat" }[n % 4], new CustomerReference(person.Id, null, null, null, null, null, null, null),
                    contact.Subject, contact.Description, null, burst ? "M-1001" : null, null, null), $"demo-{n:D3}", "agent1", ct);
                if (opened.Case is null) throw new InvalidOperationException($"Demo case {n} failed: {opened.Mistake?.Message ?? opened.StepError?.Message}");
                foreach (var step in steps) await CompleteAsync(opened.Case, person, step, contact.Category, ct);
            }
        log.LogInformation("Seeded {Customers} demo customers and {Cases} demo cases.", customers.Count, n);
    }

    private async Task<List<CustomerEntity>> CustomersAsync(CancellationToken ct)
    {
        var customers = new List<CustomerEntity>();
        foreach (var p in People)
        {
            var existing = await db.CustomerContacts.AsNoTracking().FirstOrDefaultAsync(c => c.Channel == "phone" && c.Address == p.Phone, ct);
            if (existing is not null) { customers.Add(await db.Customers.SingleAsync(c => c.Id == existing.CustomerId, ct)); continue; }
            var customer = new CustomerEntity
            {
                Id = Guid.CreateVersion7(), Name = p.Name, Segment = p.Segment, Language = p.Language, Region = p.Region, IdNumberLast4 = p.Phone[^4..],
                PhoneLast4 = p.Phone[^4..], CreatedAt = clock.GetUtcNow(),
                Accounts = [new AccountEntity { Id = Guid.CreateVersion7(), Number = "W" + p.Phone, Kind = p.Segment == "merchant" ? "merchant" : "wallet" }],
            };
            customer.Contacts.Add(new CustomerContactEntity { Id = Guid.CreateVersion7(), Channel = "phone", Address = p.Phone });
            customer.Contacts.Add(new CustomerContactEntity { Id = Guid.CreateVersion7(), Channel = "chat", Address = "chat-" + p.Phone });
            if (p.Email is not null) customer.Contacts.Add(new CustomerContactEntity { Id = Guid.CreateVersion7(), Channel = "email", Address = p.Email });
            if (p.WeChat is not null) customer.Contacts.Add(new CustomerContactEntity { Id = Guid.CreateVersion7(), Channel = "wechat", Address = p.WeChat });
            db.Customers.Add(customer);
            customers.Add(customer);
        }
        await db.SaveChangesAsync(ct);
        return customers;
    }

    private async Task CompleteAsync(CaseEntity opened, CustomerEntity person, string step, string category, CancellationToken ct)
    {
        var (node, variant) = step.Split(':') is [var a, var b] ? (a, b) : (step, "");
        var (actor, variables) = (node, variant) switch
        {
            ("understand", "stranger") => ("agent1", Vars(new { capturedName = "Someone else", capturedPhoneLast4 = "0000", agentCategory = category, summary = "Caller could not confirm details" })),
            ("understand", "fraud") => ("agent1", Vars(new { capturedName = person.Name, capturedPhoneLast4 = person.PhoneLast4, agentCategory = "account-security", summary = "疑似账户被盗" })),
            ("understand", _) => ("agent1", Vars(new { capturedName = person.Name, capturedPhoneLast4 = person.PhoneLast4, agentCategory = category, summary = "已记录客户诉求" })),
            ("manual_verify", _) => ("agent1", Vars(new { identityConfirmed = false, verificationNotes = "Could not confirm identity" })),
            ("resolve_l1", "need-info") => ("agent1", Vars(new { outcome = "need-info", question = "请提供交易截图 / please send a screenshot" })),
            ("resolve_l1", "escalate") => ("agent1", Vars(new { outcome = "escalate" })),
            ("resolve_l1", _) => ("agent1", Vars(new { outcome = "resolved", resolution = "已指导客户完成操作 / walked the customer through it" })),
            ("risk_review", _) => ("risk1", Vars(new { freeze = true, riskNotes = "Unauthorized login from a new device" })),
            _ => ("agent1", Vars(new { customerSucceeded = true })),
        };
        await using var scope = scopes.CreateAsyncScope();
        var scopedDb = scope.ServiceProvider.GetRequiredService<ServerDbContext>();
        var task = await scopedDb.UserTasks.AsNoTracking().SingleOrDefaultAsync(t => t.InstanceId == opened.InstanceId && t.NodeId == node && t.Status == UserTaskStatus.Open, ct)
            ?? throw new InvalidOperationException($"Demo case {opened.Number} ({category}) has no open task at '{node}'.");
        var outcome = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>()
            .ApplyAsync(task.InstanceId, new CompleteUserTask(task.LocalId, variables), actor, null, ct);
        if (!outcome.Succeeded) throw new InvalidOperationException($"Demo step {step} on {opened.Number} failed: {outcome.Error?.Message}");
    }

    private static Dictionary<string, JsonElement> Vars(object values) =>
        JsonSerializer.SerializeToElement(values).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
}
