using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Engine.Activities;

/// <summary>
/// What the designer and the API know of an activity, read by reflection from its attributes and its
/// input and output types: topic, name, category, description, inputs, outputs, error codes.
/// </summary>
public sealed record ActivityDescriptor(
    string Topic, string DisplayName, string Category, string? Description,
    IReadOnlyList<ActivityPropertyDescriptor> Inputs, IReadOnlyList<ActivityPropertyDescriptor> Outputs,
    IReadOnlyList<ActivityErrorDescriptor> ErrorCodes, [property: JsonIgnore] Type ActivityType)
{
    private static readonly ConcurrentDictionary<Type, ActivityDescriptor> Cache = new();

    public static ActivityDescriptor For(Type activityType) => Cache.GetOrAdd(activityType, Create);

    private static ActivityDescriptor Create(Type type)
    {
        if (!typeof(IActivity).IsAssignableFrom(type))
            throw new ArgumentException($"{type.Name} does not implement IActivity.", nameof(type));
        var attribute = type.GetCustomAttribute<ActivityAttribute>()
            ?? throw new ArgumentException($"{type.Name} needs an [Activity(\"topic\")] attribute.", nameof(type));
        var (input, output) = TypedArguments(type);
        return new ActivityDescriptor(
            attribute.Topic,
            attribute.DisplayName ?? Humanize(type.Name.Replace("Activity", "")),
            attribute.Category,
            attribute.Description,
            input is null ? [] : Properties(input),
            output is null ? [] : Properties(output),
            type.GetCustomAttributes<RaisesBpmnErrorAttribute>().Select(e => new ActivityErrorDescriptor(e.Code, e.Description)).ToList(),
            type);
    }

    private static (Type? Input, Type? Output) TypedArguments(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Activity<,>))
                return (t.GenericTypeArguments[0], t.GenericTypeArguments[1]);
        return (null, null);
    }

    private static List<ActivityPropertyDescriptor> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null).Select(p =>
        {
            var meta = p.GetCustomAttribute<ActivityPropertyAttribute>();
            var name = p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name);
            var required = meta?.Required == true || p.GetCustomAttribute<RequiredMemberAttribute>() is not null;
            var underlying = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            var choices = underlying.IsEnum ? Enum.GetNames(underlying).ToList() : [];
            JsonElement? fallback = meta?.Default is { } text ? JsonDocument.Parse(text).RootElement.Clone() : null;
            return new ActivityPropertyDescriptor(name, JsonType(underlying), meta?.Description, required, fallback, choices);
        }).ToList();

    private static string JsonType(Type type) => type switch
    {
        _ when type == typeof(string) || type.IsEnum || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid) => "string",
        _ when type == typeof(bool) => "boolean",
        _ when type.IsPrimitive || type == typeof(decimal) => "number",
        _ when type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && !type.IsAssignableTo(typeof(System.Collections.IDictionary)) => "array",
        _ => "object",
    };

    private static string Humanize(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
