using System.Collections.Frozen;
using System.Reflection;
using Workflows.Engine.Model;
using Workflows.Engine.Parsing;

namespace Workflows.Engine.Activities;

/// <summary>The activities a host offers, by topic; checks that a definition binds only known ones.</summary>
public sealed class ActivityCatalog
{
    public const string UnknownTopic = "service-task.unknown-topic";

    private readonly FrozenDictionary<string, ActivityDescriptor> _byTopic;

    public ActivityCatalog(IEnumerable<Type> activityTypes)
    {
        var descriptors = activityTypes.Select(ActivityDescriptor.For).ToList();
        var duplicate = descriptors.GroupBy(d => d.Topic).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Topic '{duplicate.Key}' is claimed by {string.Join(" and ", duplicate.Select(d => d.ActivityType.Name))}.");
        _byTopic = descriptors.ToFrozenDictionary(d => d.Topic, StringComparer.Ordinal);
    }

    public static ActivityCatalog FromAssembly(Assembly assembly) =>
        new(assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IActivity).IsAssignableFrom(t) && t.GetCustomAttribute<ActivityAttribute>() is not null));

    public IReadOnlyCollection<ActivityDescriptor> Descriptors => _byTopic.Values;

    public ActivityDescriptor? Find(string topic) => _byTopic.GetValueOrDefault(topic);

    /// <summary>Problems for service tasks whose topic no activity serves.</summary>
    public IReadOnlyList<ValidationProblem> Check(ProcessDefinition definition) =>
        definition.Nodes.Values.OfType<ServiceTaskDefinition>()
            .Where(task => !_byTopic.ContainsKey(task.Topic))
            .Select(task => new ValidationProblem(task.Id, UnknownTopic,
                $"'{task.DisplayName}' runs activity '{task.Topic}', which does not exist; known activities: {string.Join(", ", _byTopic.Keys.Order())}."))
            .ToList();
}
