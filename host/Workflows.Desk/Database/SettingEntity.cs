namespace Workflows.Desk.Database;

/// <summary>A value every host on the database must share, such as the key survey links are signed with.</summary>
public sealed class SettingEntity
{
    public required string Name { get; set; }
    public required string Value { get; set; }
}
