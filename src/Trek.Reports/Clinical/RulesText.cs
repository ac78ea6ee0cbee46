using Trek.Clinical.Rules;

namespace Trek.Reports.Clinical;

/// <summary>The numbered "Rules applied" list of every clinical text document, each source as a reference.</summary>
public static class RulesText
{
    public static void Write(TextWriter w, IEnumerable<AppliedRule> rules, Citations citations, string indent = "  ")
    {
        var n = 0;
        foreach (var rule in rules)
        {
            w.WriteLine($"{indent}{++n}. {rule.Rule}");
            w.WriteLine($"{indent}   source: {citations.Refer(rule.Source)}");
        }
    }
}
