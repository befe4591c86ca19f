namespace Workflows.Server.Identity.Users;

/// <summary>Why a change to people did not happen, before an API chose how to say it.</summary>
public enum AdminFailure { None, Invalid, NotFound, Conflict }
