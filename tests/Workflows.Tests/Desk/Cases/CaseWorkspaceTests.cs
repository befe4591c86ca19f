using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using Workflows.Server.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Desk.Cases;

/// <summary>
/// What agents add to a case besides replies: macros whose placeholders are checked when saved and filled per case,
/// internal notes that never reach the customer, tags, and attachments checked by size and by what their bytes are.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class CaseWorkspaceTests(ClusterFixture cluster)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    private static async Task<(Guid CaseId, string Number)> OpenCaseAsync(HttpClient client)
    {
        var opened = await client.PostAsJsonAsync("/api/cases", new
        {
            channel = "email", customer = new { email = "zhao.lei@example.cn", name = "赵磊", language = "zh-CN" }, subject = "重复扣款", description = "同一笔订单被扣了两次钱",
        });
        opened.EnsureSuccessStatusCode();
        var found = (await JsonAsync(opened)).GetProperty("case");
        return (found.GetProperty("id").GetGuid(), found.GetProperty("number").GetString()!);
    }

    [Fact]
    public async Task Macros_Notes_AndTags()
    {
        await using var desk = await SoloDesk.StartAsync(cluster, "case_workspace");
        var (manager, agent) = (await desk.SignInAsync("manager"), await desk.SignInAsync("agent1"));
        foreach (var (body, code, placeholder) in new[] { ("您好 {{customer.nam}}，", "macro.placeholder.unknown", "{{customer.nam}}"), ("工单 {{case.number 已收到", "macro.placeholder.unclosed", null) })
        {
            var refused = await manager.PostAsJsonAsync("/api/macros", new { name = "收到", language = "zh-CN", body });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await JsonAsync(refused);
            Assert.Equal(("body", code), (problem.GetProperty("field").GetString(), problem.GetProperty("code").GetString()));
            if (placeholder is not null) Assert.Equal(placeholder, problem.GetProperty("params").GetProperty("placeholder").GetString());
        }
        Assert.Equal(0, (await GetJsonAsync(agent, "/api/macros")).GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/macros", new { name = "x", language = "zh-CN", body = "x" })).StatusCode);
        var macro = await JsonAsync(await manager.PostAsJsonAsync("/api/macros",
            new { name = "已收到", language = "zh-CN", body = "{{customer.name}}您好，您的工单 {{ case.number }} 已收到，{{agent.name}}会尽快处理。" }));

        var (caseId, number) = await OpenCaseAsync(agent);
        var rendered = await JsonAsync(await agent.PostAsync($"/api/cases/{caseId}/macros/{macro.GetProperty("id").GetGuid()}/render", null));
        Assert.Equal($"赵磊您好，您的工单 {number} 已收到，Agent (L1) / 一线客服会尽快处理。", rendered.GetProperty("body").GetString());

        const string secret = "客户情绪激动，内部备注：疑似重复提交";
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PostAsJsonAsync($"/api/cases/{caseId}/notes", new { body = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await agent.PostAsJsonAsync($"/api/cases/{caseId}/notes", new { body = secret })).StatusCode);
        var timeline = (await GetJsonAsync(agent, $"/api/cases/{caseId}")).GetProperty("timeline").EnumerateArray().ToList();
        Assert.Contains(timeline, e => e.GetProperty("kind").GetString() == "note" && e.GetProperty("direction").GetString() == "internal" && e.GetProperty("text").GetString() == secret);
        // A reply goes out through the outbox; the note never does.
        (await agent.PostAsJsonAsync($"/api/cases/{caseId}/replies", new { body = "我们已收到，正在核实两笔扣款。" })).EnsureSuccessStatusCode();
        await using (var connection = new NpgsqlConnection(desk.ConnectionString))
        {
            await connection.OpenAsync();
            async Task<long> OutgoingAsync(string text) => (long)(await new NpgsqlCommand(
                $"SELECT count(*) FROM {ServerTables.Outbox} WHERE payload::text LIKE '%' || @text || '%'", connection) { Parameters = { new("text", text) } }.ExecuteScalarAsync())!;
            Assert.Equal(1L, await OutgoingAsync("正在核实两笔扣款"));
            Assert.Equal(0L, await OutgoingAsync("疑似重复提交"));
        }

        var badTags = await agent.PutAsJsonAsync($"/api/cases/{caseId}/tags", new { tags = new[] { "重复扣款", "vip complaint" } });
        Assert.Equal("tags[1]", (await JsonAsync(badTags)).GetProperty("field").GetString());
        (await agent.PutAsJsonAsync($"/api/cases/{caseId}/tags", new { tags = new[] { "重复扣款", "退款", "退款" } })).EnsureSuccessStatusCode();
        Assert.Equal(["重复扣款", "退款"], (await GetJsonAsync(agent, $"/api/cases/{caseId}")).GetProperty("case").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Attachments_AreCheckedBySizeAndContent_AndNothingIsStoredWhenRefused()
    {
        await using var desk = await SoloDesk.StartAsync(cluster, "case_attachments", ("Support:Attachments:MaxBytes", "4096"));
        var agent = await desk.SignInAsync("agent1");
        var (caseId, _) = await OpenCaseAsync(agent);

        async Task<HttpResponseMessage> UploadAsync(byte[] bytes, string declared, string name)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(declared);
            return await agent.PostAsync($"/api/cases/{caseId}/attachments", new MultipartFormDataContent { { file, "file", name } });
        }
        foreach (var (bytes, declared, name, status, code) in new (byte[], string, string, HttpStatusCode, string)[]
        {
            (new byte[5000], "application/pdf", "statement.pdf", HttpStatusCode.RequestEntityTooLarge, "attachment.too-large"),
            (Png, "application/pdf", "statement.pdf", HttpStatusCode.UnsupportedMediaType, "attachment.type.mismatch"),
            (Encoding.UTF8.GetBytes("not a picture"), "image/png", "receipt.png", HttpStatusCode.UnsupportedMediaType, "attachment.type.mismatch"),
            ([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00], "application/octet-stream", "setup.exe", HttpStatusCode.UnsupportedMediaType, "attachment.type.unsupported"),
        })
        {
            var refused = await UploadAsync(bytes, declared, name);
            Assert.Equal(status, refused.StatusCode);
            Assert.Equal(code, (await JsonAsync(refused)).GetProperty("code").GetString());
        }
        Assert.DoesNotContain((await GetJsonAsync(agent, $"/api/cases/{caseId}")).GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "attachment");

        var stored = await UploadAsync(Png, "image/png", "../../截图.png");
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        var view = await JsonAsync(stored);
        Assert.Equal(("截图.png", "image/png", Png.Length), (view.GetProperty("fileName").GetString(), view.GetProperty("contentType").GetString(), view.GetProperty("size").GetInt32()));
        var download = await agent.GetAsync($"/api/cases/{caseId}/attachments/{view.GetProperty("id").GetGuid()}");
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var entry = (await GetJsonAsync(agent, $"/api/cases/{caseId}")).GetProperty("timeline").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "attachment");
        Assert.Equal(view.GetProperty("id").GetGuid(), entry.GetProperty("attachmentId").GetGuid());
    }
}
