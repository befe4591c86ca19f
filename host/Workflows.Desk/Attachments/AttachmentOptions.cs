namespace Workflows.Desk.Attachments;

/// <summary>The <c>Support:Attachments</c> section.</summary>
public sealed class AttachmentOptions
{
    /// <summary>The largest file accepted (10 MiB): larger ones are refused with 413 and nothing is stored.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}
