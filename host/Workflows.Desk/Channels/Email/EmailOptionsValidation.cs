using Microsoft.Extensions.Options;

namespace Workflows.Desk.Channels.Email;

/// <summary>Refuses an email configuration that could not work, at start-up, naming the key to fix.</summary>
internal sealed class EmailOptionsValidation : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var failures = new List<string>();
        const string at = EmailOptions.Section;
        var imap = options.Imap;
        if (options.Receives)
        {
            if (string.IsNullOrWhiteSpace(imap.UserName) || string.IsNullOrEmpty(imap.Password))
                failures.Add($"{at}:Imap:UserName and {at}:Imap:Password are required with {at}:Imap:Host.");
            if (imap.Port is < 1 or > 65535) failures.Add($"{at}:Imap:Port must be a TCP port (993 for ssl, 143 for auto or none).");
            if (imap.Security is not ("ssl" or "auto" or "none")) failures.Add($"{at}:Imap:Security must be ssl, auto or none.");
            if (string.IsNullOrWhiteSpace(imap.Folder)) failures.Add($"{at}:Imap:Folder must name a folder (INBOX by default).");
        }
        if (options.MaxMessageBytes <= 0) failures.Add($"{at}:MaxMessageBytes must be positive.");
        if (options.PollInterval <= TimeSpan.Zero || options.PollInterval > TimeSpan.FromMinutes(29))
            failures.Add($"{at}:PollInterval must be positive and at most 29 minutes (servers end an IDLE after 30).");
        if (options.ReconnectMaxDelay < TimeSpan.FromSeconds(1)) failures.Add($"{at}:ReconnectMaxDelay must be at least one second.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
