using System.Text.Json;

namespace Workflows.Server.Identity.Scim;

/// <summary>A parsed SCIM filter (RFC 7644 §3.4.2.2).</summary>
public abstract record ScimFilter;

/// <summary><c>attr op value</c>; <see cref="Value"/> is a string, number, bool or null as JSON wrote it.</summary>
public sealed record ScimComparison(string Path, string Operator, JsonElement Value) : ScimFilter;

/// <summary><c>attr pr</c>: the attribute has a value.</summary>
public sealed record ScimPresent(string Path) : ScimFilter;

public sealed record ScimLogical(string Operator, ScimFilter Left, ScimFilter Right) : ScimFilter;

public sealed record ScimNot(ScimFilter Inner) : ScimFilter;

/// <summary><c>attr[filter]</c>: a multi-valued attribute with a value that matches; the inner paths are relative to it.</summary>
public sealed record ScimValuePath(string Path, ScimFilter Filter) : ScimFilter;

/// <summary>A filter the parser or a resource cannot take; its message says where and why.</summary>
public sealed class ScimFilterException(string message) : Exception(message);
