using Trek.Clinical.TestRoute;

namespace Trek.Reports.Clinical;

/// <summary>The text of `trek test-route` (JSON keeps the codes).</summary>
public static class TestRouteText
{
    public static void Write(TextWriter w, TestRouteAdvice advice)
    {
        var r = advice.Results;
        var citations = new Citations();
        w.WriteLine($"Tumour: {advice.Tumour} ({advice.TumourCode}, {ClinicalLabels.Vocabulary(advice.Vocabulary)}): {ClinicalLabels.Group(advice.TumourGroup)}");
        w.WriteLine($"Age group: {ClinicalLabels.Age(advice.AgeGroup)}");
        w.WriteLine($"Results: pan-TRK IHC {ClinicalLabels.Assay(r.Ihc)}; FISH {ClinicalLabels.Assay(r.Fish)}; RT-PCR {ClinicalLabels.Assay(r.RtPcr)}; DNA NGS {ClinicalLabels.Assay(r.DnaNgs)}; RNA NGS {ClinicalLabels.Assay(r.RnaNgs)}");
        w.WriteLine($"Conclusion so far: {ClinicalLabels.Conclusion(advice.Conclusion)}");
        w.WriteLine($"Next test: {ClinicalLabels.NextTest(advice.NextTest)}");
        w.WriteLine($"  {advice.Explanation}");
        foreach (var conflict in advice.Conflicts)
        {
            w.WriteLine($"Conflict: {conflict}");
        }

        w.WriteLine("Rules applied:");
        RulesText.Write(w, advice.Rules, citations);
        citations.WriteList(w);
    }

    /// <summary>`--list-tumours`: a table (the header is a TSV header), the route class as words.</summary>
    public static void List(TextWriter w)
    {
        w.WriteLine($"# Tumour types accepted by trek test-route ({ClinicalLabels.Vocabulary(TumourVocabulary.OncoTreeVersion)}; codes without OncoTree origin are Trek's)");
        w.WriteLine("#code\tname\troute\tsynonyms");
        foreach (var t in TumourVocabulary.All)
        {
            w.WriteLine($"{t.Code}\t{t.Name}\t{ClinicalLabels.Group(t.Group)}\t{(t.Synonyms.Count == 0 ? "." : string.Join("; ", t.Synonyms))}");
        }
    }
}
