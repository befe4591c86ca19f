namespace Workflows.Server.Problems;

/// <summary>Kinds of things a 404 names by id, sent as the problem's "kind" so a client can say it in its user's language.</summary>
public enum NotFoundKind { Case, Task, Instance, Incident, Customer, User, Team, Token, Decision }
