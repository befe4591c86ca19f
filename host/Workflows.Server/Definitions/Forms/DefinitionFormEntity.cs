namespace Workflows.Server.Definitions.Forms;

/// <summary>
/// A form-js schema published with one definition version, found by the <c>camunda:formKey</c> of its user tasks.
/// Immutable like the version it belongs to; the schema is kept exactly as published.
/// </summary>
public sealed class DefinitionFormEntity
{
    public Guid DefinitionId { get; set; }
    public required string FormKey { get; set; }
    public required string Schema { get; set; }
}
