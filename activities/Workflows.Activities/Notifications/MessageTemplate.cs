namespace Workflows.Activities.Notifications;

/// <summary>One message in one language; <c>{number}</c>, <c>{name}</c> and <c>{detail}</c> are filled in.</summary>
public sealed record MessageTemplate(string Subject, string Body)
{
    public (string Subject, string Body) Render(string caseNumber, string customerName, string? detail) =>
        (Fill(Subject, caseNumber, customerName, detail), Fill(Body, caseNumber, customerName, detail));

    private static string Fill(string text, string number, string name, string? detail) =>
        text.Replace("{number}", number).Replace("{name}", name).Replace("{detail}", detail ?? "");
}
