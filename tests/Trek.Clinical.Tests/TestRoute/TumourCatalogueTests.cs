using Trek.Clinical.TestRoute;

namespace Trek.Clinical.Tests.TestRoute;

public sealed class TumourCatalogueTests
{
    // High recurrence: ESMO 2019 (Marchio et al.) and Albert et al. JCO 2019. Physiological TRK expression in
    // neural and smooth-muscle tissue: ESMO 2019 (pan-TRK IHC section).
    [Theory]
    [InlineData("infantile fibrosarcoma", TumourGroup.HighRecurrence)]
    [InlineData("Infantile_Fibrosarcoma", TumourGroup.HighRecurrence)]
    [InlineData("cellular congenital mesoblastic nephroma", TumourGroup.HighRecurrence)]
    [InlineData("secretory breast carcinoma", TumourGroup.HighRecurrence)]
    [InlineData("mammary analogue secretory carcinoma", TumourGroup.HighRecurrence)]
    [InlineData("MASC", TumourGroup.HighRecurrence)]
    [InlineData("glioma", TumourGroup.PhysiologicalTrk)]
    [InlineData("neuroblastoma", TumourGroup.PhysiologicalTrk)]
    [InlineData("leiomyosarcoma", TumourGroup.PhysiologicalTrk)]
    [InlineData("GIST", TumourGroup.PhysiologicalTrk)]
    [InlineData("colorectal adenocarcinoma", TumourGroup.Other)]
    [InlineData("Massive tumour", TumourGroup.Other)]   // "masc" only as a whole word
    [InlineData("papillary thyroid carcinoma", TumourGroup.Other)]
    public void Classify_KnownTumour_Group(string tumour, TumourGroup group)
    {
        Assert.Equal(group, TumourCatalogue.Classify(tumour));
    }
}
