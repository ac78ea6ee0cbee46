using Trek.Assessment.Tumour;
using static Trek.Assessment.Tests.Tumour.Lesions;

namespace Trek.Assessment.Tests.Tumour;

/// <summary>Best overall response with confirmation: RECIST 1.1 §4.4.3, §4.6.1 and Table 3.</summary>
public sealed class BestResponseTests
{
    // Table 3, row "PR then PD": "SD provided minimum criteria for SD duration met, otherwise PD".
    // PR on day 37 (baseline 50 -> 30 mm) is before the 42-day SD minimum, then PD on day 80: BOR PD.
    // This is also the case of pharmaverse/admiralonco issue #244; the BOR date is the PD date.
    [Fact]
    public void Derive_PrOnDay37ThenPdWith42DaySdMinimum_IsProgressiveDisease()
    {
        var s = One(T(0, "L1", 50), T(37, "L1", 30), T(80, "L1", 40));
        Assert.Equal(["PR", "PD"], s.Visits.Select(v => v.OverallResponse.Code()));
        Assert.Equal(ResponseCategory.ProgressiveDisease, s.BestOverallResponse);
        Assert.Equal(ResponseCategory.PartialResponse, s.BestOverallResponseUnconfirmed);
        Assert.Equal(new DateOnly(2024, 3, 21), s.ProgressionDate);
        Assert.Equal(s.ProgressionDate, s.BestOverallResponseDate);
        Assert.Null(s.FirstResponseDate);
    }

    // The same sequence with the PR at the SD minimum (day 42, ">= 42") or later gives SD.
    [Theory]
    [InlineData(41, "PD")]
    [InlineData(42, "SD")]
    [InlineData(43, "SD")]
    public void Derive_UnconfirmedPrThenPd_DependsOnSdMinimum(int prDay, string expected)
    {
        var s = One(T(0, "L1", 50), T(prDay, "L1", 30), T(90, "L1", 40));
        Assert.Equal(expected, s.BestOverallResponse.Code());
    }

    // §4.6.1: CR/PR "confirmed by repeat assessments ... no less than 4 weeks after the criteria for
    // response are first met". 28 days later confirms; 27 does not (then SD, as day 56 >= 42).
    [Theory]
    [InlineData(84, "PR")]
    [InlineData(83, "SD")]
    public void Derive_PrConfirmation_NeedsTwentyEightDays(int secondDay, string expected)
    {
        var s = One(T(0, "L1", 50), T(56, "L1", 30), T(secondDay, "L1", 30));
        Assert.Equal(expected, s.BestOverallResponse.Code());
        if (expected == "PR")
        {
            Assert.Equal(new DateOnly(2024, 2, 26), s.FirstResponseDate);
            Assert.Equal(new DateOnly(2024, 3, 25), s.ConfirmationDate);
        }
    }

    // Table 3: CR then CR = CR; PR then CR = PR (the CR itself is not confirmed).
    [Fact]
    public void Derive_PrThenCrThenCr_IsConfirmedCrWithResponseDatingFromThePr()
    {
        var s = One(T(0, "L1", 50), T(56, "L1", 30), T(112, "L1", 0), T(168, "L1", 0));
        Assert.Equal(ResponseCategory.CompleteResponse, s.BestOverallResponse);
        Assert.Equal(new DateOnly(2024, 2, 26), s.FirstResponseDate);
        Assert.Equal(new DateOnly(2024, 4, 22), s.BestOverallResponseDate);
    }

    [Fact]
    public void Derive_PrThenSingleCr_IsPartialResponse()
    {
        var s = One(T(0, "L1", 50), T(56, "L1", 30), T(112, "L1", 0));
        Assert.Equal(ResponseCategory.PartialResponse, s.BestOverallResponse);
        Assert.Equal(ResponseCategory.CompleteResponse, s.BestOverallResponseUnconfirmed);
    }

    // An SD between PR and the later PR breaks confirmation (admiralonco's default, accept_sd = FALSE).
    // 50 -> 34 (-32 %, PR) -> 36 (-28 %, only +2 mm from nadir: SD) -> 34 (PR, not confirmed later).
    [Fact]
    public void Derive_SdBetweenTwoPrs_DoesNotConfirm()
    {
        var s = One(T(0, "L1", 50), T(56, "L1", 34), T(84, "L1", 36), T(112, "L1", 34));
        Assert.Equal(["PR", "SD", "PR"], s.Visits.Select(v => v.OverallResponse.Code()));
        Assert.Equal(ResponseCategory.StableDisease, s.BestOverallResponse);
    }

    // §4.4.3: only assessments up to the first PD count; a later "PR" after PD is ignored.
    [Fact]
    public void Derive_ResponseAfterProgression_IsIgnored()
    {
        var s = One(T(0, "L1", 50), T(20, "L1", 61), T(56, "L1", 30), T(112, "L1", 30));
        Assert.Equal(ResponseCategory.ProgressiveDisease, s.BestOverallResponse);
    }

    // Only NE assessments: BOR NE.
    [Fact]
    public void Derive_OnlyNotEvaluable_IsNotEvaluable()
    {
        var s = One(T(0, "L1", 30), T(0, "L2", 20), T(56, "L1", 25));
        Assert.Equal(ResponseCategory.NotEvaluable, s.BestOverallResponse);
        Assert.Null(s.BestOverallResponseDate);
    }

    // SD earlier than the minimum and nothing else: NE (Table 3 "otherwise NE").
    [Fact]
    public void Derive_SdOnlyBeforeMinimum_IsNotEvaluable()
    {
        var s = One(T(0, "L1", 50), T(30, "L1", 45));
        Assert.Equal(ResponseCategory.NotEvaluable, s.BestOverallResponse);
        Assert.Contains("no CR/PR/SD at >= 42 days", s.BestOverallResponseReason);
    }

    // The first-dose column moves the SD window: baseline on day 0, first dose on day 7, SD on day 45
    // (38 days after first dose) is too early.
    [Fact]
    public void Derive_FirstDoseColumn_CountsSdMinimumFromFirstDose()
    {
        var text = Header + ",first_dose\n" +
                   $"S1,{Day(0)},L1,target,lung,no,50,,{Day(7)}\n" +
                   $"S1,{Day(45)},L1,target,lung,no,45,,{Day(7)}\n";
        var s = ResponseAssessor.Assess(LesionCsvReader.Read(new StringReader(text), "x.csv", ResponseCriteria.Recist11, _ => { }), "x.csv", new ResponseOptions(ResponseCriteria.Recist11)).Single();
        Assert.Equal(38, s.Visits[0].Day);
        Assert.Equal(ResponseCategory.NotEvaluable, s.BestOverallResponse);
    }
}
