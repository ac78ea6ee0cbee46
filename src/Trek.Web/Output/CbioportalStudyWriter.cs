using System.Globalization;
using System.IO.Compression;
using System.Text;
using Trek.Reports.Export;
using Trek.Trials.Survival;
using Trek.Web.Domain;

namespace Trek.Web.Output;

/// <summary>
/// Writes a cBioPortal study folder as a zip (cBioPortal File Formats: Cancer Study, Clinical Data, Structural Variant
/// Data, Case Lists): meta_study.txt, meta/data_clinical_patient.txt, meta/data_clinical_sample.txt, meta/data_sv.txt
/// (rows by <see cref="CbioportalSvWriter"/>, the `trek export --format cbioportal-sv` writer) and case_lists/cases_sv.txt.
/// Unknown values are "NA" in clinical files and empty cells in data_sv.txt: a 5' partner that was not identified has an
/// empty Site1_Hugo_Symbol (the format requires only one of the two genes), never an invented name. No reference genome is
/// claimed: the registry does not know the assembly of an uploaded fusions.tsv.
/// </summary>
public static class CbioportalStudyWriter
{
    public static void Write(Stream zip, CbioportalStudy study)
    {
        using var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true);
        var id = study.StudyId;
        Entry(archive, "meta_study.txt", $"type_of_cancer: mixed\ncancer_study_identifier: {id}\nname: {study.Name}\ndescription: {study.Description}\nadd_global_case_list: true\n");
        Entry(archive, "meta_clinical_patient.txt", Meta(id, "CLINICAL", "PATIENT_ATTRIBUTES", "data_clinical_patient.txt"));
        Entry(archive, "meta_clinical_sample.txt", Meta(id, "CLINICAL", "SAMPLE_ATTRIBUTES", "data_clinical_sample.txt"));
        Entry(archive, "meta_sv.txt", $"cancer_study_identifier: {id}\ngenetic_alteration_type: STRUCTURAL_VARIANT\ndatatype: SV\nstable_id: structural_variants\n"
            + "show_profile_in_analysis_tab: true\nprofile_name: Structural variants\nprofile_description: Gene fusions called from RNA-seq by trek fusions\ndata_filename: data_sv.txt\n");
        Entry(archive, "data_clinical_patient.txt", Patients(study.Patients));
        Entry(archive, "data_clinical_sample.txt", Samples(study.Samples));
        var sv = new StringWriter { NewLine = "\n" };
        CbioportalSvWriter.WriteHeader(sv);
        var profiled = new List<string>();
        foreach (var s in study.Samples.Where(s => s.Fusions is not null))
        {
            // The registry's sample code is the cBioPortal SAMPLE_ID: it replaces the sample name inside the uploaded file.
            var table = s.Fusions! with { Calls = s.Fusions.Calls.Select(c => c with { Sample = s.Code }).ToList() };
            CbioportalSvWriter.WriteRows(sv, table, s.Code, build: "");
            profiled.Add(s.Code);
        }

        Entry(archive, "data_sv.txt", sv.ToString());
        Entry(archive, "case_lists/cases_sv.txt", $"cancer_study_identifier: {id}\nstable_id: {id}_sv\ncase_list_name: Samples with fusion calls\n"
            + $"case_list_description: Samples with an uploaded trek fusions result ({profiled.Count} samples)\ncase_list_category: all_cases_with_sv_data\ncase_list_ids: {string.Join('\t', profiled)}\n");
    }

    private static string Meta(string id, string type, string datatype, string file) =>
        $"cancer_study_identifier: {id}\ngenetic_alteration_type: {type}\ndatatype: {datatype}\ndata_filename: {file}\n";

    /// <summary>Four `#` rows (display name, description, datatype, priority), the attribute names, then the data.</summary>
    private static string Patients(IReadOnlyList<CbioportalPatient> patients)
    {
        var w = new StringBuilder();
        w.Append("#Patient Identifier\tSex\tAge at First Dose\tOverall Survival Status\tOverall Survival (Months)\tProgression Free Status\tProgression Free Survival (Months)\tBest Overall Response\n");
        w.Append("#Study code of the patient\tSex\tAge in years at the first larotrectinib dose\tOverall survival status\tOverall survival in months from the first dose\t"
            + "Progression or death from the first dose\tProgression-free survival in months from the first dose\tBest overall response (RECIST 1.1 or RANO)\n");
        w.Append("#STRING\tSTRING\tNUMBER\tSTRING\tNUMBER\tSTRING\tNUMBER\tSTRING\n#1\t1\t1\t1\t1\t1\t1\t1\n");
        w.Append("PATIENT_ID\tSEX\tAGE_AT_FIRST_DOSE\tOS_STATUS\tOS_MONTHS\tPFS_STATUS\tPFS_MONTHS\tBEST_RESPONSE\n");
        foreach (var p in patients)
        {
            w.Append(CultureInfo.InvariantCulture, $"{p.Code}\t{p.Sex}\t{Number(p.AgeAtFirstDoseYears, "0.0")}\t{Status(p.Os, "1:DECEASED", "0:LIVING")}\t{Number(p.Os?.Time, "0.00")}\t");
            w.Append(CultureInfo.InvariantCulture, $"{Status(p.Pfs, "1:PROGRESSED OR DIED", "0:CENSORED")}\t{Number(p.Pfs?.Time, "0.00")}\t{p.BestResponse?.ToString() ?? "NA"}\n");
        }

        return w.ToString();
    }

    private static string Samples(IReadOnlyList<CbioportalSample> samples)
    {
        var w = new StringBuilder();
        w.Append("#Patient Identifier\tSample Identifier\tCancer Type Detailed\tOncoTree Code\tSpecimen\n");
        w.Append("#Study code of the patient\tStudy code of the sample\tDiagnosis (Trek tumour vocabulary, OncoTree-based)\tOncoTree code (or Trek code)\tSpecimen type\n");
        w.Append("#STRING\tSTRING\tSTRING\tSTRING\tSTRING\n#1\t1\t1\t1\t1\n");
        w.Append("PATIENT_ID\tSAMPLE_ID\tCANCER_TYPE_DETAILED\tONCOTREE_CODE\tSPECIMEN\n");
        foreach (var s in samples)
        {
            w.Append(CultureInfo.InvariantCulture, $"{s.PatientCode}\t{s.Code}\t{Clean(s.Diagnosis)}\t{Clean(s.OncoTreeCode)}\t{Clean(s.Specimen)}\n");
        }

        return w.ToString();
    }

    private static string Number(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "NA";

    private static string Status(SurvivalObservation? o, string evt, string censored) => o is not { } obs ? "NA" : obs.Event ? evt : censored;

    /// <summary>Free text in a TSV cell: a tab or line break would shift or split the row.</summary>
    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static void Entry(ZipArchive archive, string name, string text)
    {
        using var stream = archive.CreateEntry($"{CbioportalStudyService.StudyId}/{name}").Open();
        var bytes = new UTF8Encoding(false).GetBytes(text);
        stream.Write(bytes);
    }
}
