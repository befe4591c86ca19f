namespace Workflows.Desk.Attachments;

/// <summary>A file on a case, kept in PostgreSQL with the type its bytes showed; the case's timeline has an entry for it.</summary>
public sealed class AttachmentEntity
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset At { get; set; }
}
