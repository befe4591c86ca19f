using MimeKit;
using Workflows.Desk.Channels.Email;

namespace Workflows.Tests.Desk.Channels.Email;

/// <summary>The text a case's timeline shows of a mail body: the plain part first, else sanitised HTML's words. Cite: issue 20, part 2.</summary>
public sealed class EmailBodiesTests
{
    [Fact]
    public void Read_PrefersThePlainPart_OfAnAlternative()
    {
        var message = new MimeMessage { Body = new BodyBuilder { TextBody = "Plain words.", HtmlBody = "<p>HTML words</p>" }.ToMessageBody() };
        var (text, html) = EmailBodies.Read(message);
        Assert.Equal("Plain words.", text);
        Assert.Equal("<p>HTML words</p>", html);
    }

    [Fact]
    public void Read_TakesTheWordsOfSanitisedHtml_WithoutScriptsStylesOrHandlers()
    {
        var message = new MimeMessage
        {
            Body = new TextPart("html")
            {
                Text = "<style>p{color:red}</style><script>steal()</script><p>Line one<br>Line two</p><div onclick=\"steal()\">Block</div>" +
                    "<a href=\"javascript:steal()\">link</a><svg><script>steal()</script></svg><noscript><img src=x onerror=steal()></noscript>",
            },
        };
        var (text, html) = EmailBodies.Read(message);
        Assert.Equal("Line one\nLine two\n\nBlock\nlink", text);
        Assert.DoesNotContain("steal", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Read_IsEmpty_ForAMailWithoutText() => Assert.Equal("", EmailBodies.Read(new MimeMessage { Body = new TextPart("plain") { Text = " \r\n " } }).Text);
}
