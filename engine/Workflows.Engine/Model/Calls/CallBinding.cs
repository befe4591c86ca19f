namespace Workflows.Engine.Model;

/// <summary>
/// Which version of the called process a call activity starts (<c>camunda:calledElementBinding</c>): the latest when the
/// call happens, the one published with the caller's own version, or a fixed version number.
/// </summary>
public enum CallBinding { Latest, Deployment, Version }
