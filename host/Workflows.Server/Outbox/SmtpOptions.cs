namespace Workflows.Server.Outbox;

/// <summary>The <c>Outbox:Smtp</c> section. Without a host, email is not sent by SMTP.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;

    /// <summary>Use STARTTLS when the server offers it (the default), or "none" / "ssl".</summary>
    public string Security { get; set; } = "auto";

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "support@example.com";
    public string FromName { get; set; } = "Customer Support";
}
