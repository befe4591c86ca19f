namespace Workflows.Server.Identity.Scim;

/// <summary>A PATCH the resource cannot apply: the SCIM error type and the detail to answer 400 with.</summary>
public sealed class ScimPatchException(string scimType, string message) : Exception(message)
{
    public string ScimType { get; } = scimType;
}
