using Workflows.Desk.Knowledge;
using Workflows.Server.Problems;

namespace Workflows.Desk.Macros;

public static class MacroRules
{
    public static Mistake? Check(MacroInput input) =>
        string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 80 ? Mistake.Of("macro.name.required", "name", "Give the macro a name of at most 80 characters.")
        : !KbRevisionRules.Languages.Contains(input.Language) ? Mistake.Of("macro.language.unknown", "language", "language is zh-CN or en.", ("value", input.Language))
        : string.IsNullOrWhiteSpace(input.Body) || input.Body.Length > 4000 ? Mistake.Of("macro.body.required", "body", "Write the reply, in at most 4,000 characters.")
        : MacroTemplate.Check(input.Body);
}
