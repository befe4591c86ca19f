using MimeKit;
using Workflows.Desk.Channels.Email;

namespace Workflows.Tests.Desk.Channels.Email;

/// <summary>Which mail no person wrote: each rule alone, and the mail people write passing all of them. Cite: issue 20, part 2.</summary>
public sealed class AutomaticMailTests
{
    private static readonly string[] Own = ["support@desk.test"];

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied", "Auto-Submitted: auto-replied")]
    [InlineData("Auto-Submitted", "auto-generated; owner-email=x@y.test", "Auto-Submitted: auto-generated; owner-email=x@y.test")]
    [InlineData("Precedence", "bulk", "Precedence: bulk")]
    [InlineData("Precedence", "JUNK", "Precedence: JUNK")]
    [InlineData("Precedence", "list", "Precedence: list")]
    [InlineData("Precedence", "auto_reply", "Precedence: auto_reply")]
    [InlineData("X-Autoreply", "yes", "X-Autoreply header")]
    [InlineData("X-Autorespond", "Out of office", "X-Autorespond header")]
    [InlineData("Return-Path", "<>", "bounce (empty Return-Path)")]
    public void Reason_NamesTheHeader_ThatMakesAMailAutomatic(string header, string value, string reason)
    {
        var headers = new HeaderList { { header, value } };
        Assert.Equal(reason, AutomaticMail.Reason(headers, "ada@customer.test", null, Own));
    }

    [Theory]
    [InlineData("mailer-daemon@mx.customer.test")]
    [InlineData("MAILER-DAEMON@customer.test")]
    [InlineData("postmaster@customer.test")]
    public void Reason_IsABounce_FromMailSystems(string from) =>
        Assert.StartsWith("bounce", AutomaticMail.Reason([], from, null, Own));

    [Fact]
    public void Reason_IsADeliveryReport_ForMultipartReport() =>
        Assert.Equal("delivery report (multipart/report)", AutomaticMail.Reason([], "ada@customer.test", new ContentType("multipart", "report"), Own));

    [Fact]
    public void Reason_IsALoop_ForOurOwnAddress() =>
        Assert.StartsWith("loop", AutomaticMail.Reason([], "SUPPORT@desk.test", null, Own));

    [Fact]
    public void Reason_IsNull_ForMailAPersonWrote()
    {
        var headers = new HeaderList { { "Auto-Submitted", "no" }, { "Precedence", "first-class" }, { "Return-Path", "<ada@customer.test>" } };
        Assert.Null(AutomaticMail.Reason(headers, "ada@customer.test", new ContentType("multipart", "alternative"), Own));
        Assert.Null(AutomaticMail.Reason([], "daemon.fan@customer.test", new ContentType("text", "plain"), Own));
    }
}
