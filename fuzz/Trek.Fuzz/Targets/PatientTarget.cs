using Trek.Clinical.Eligibility;
using Trek.IO.Structured;

namespace Trek.Fuzz.Targets;

/// <summary>YAML and JSON through <see cref="StructuredTextReader"/> (bounded depth, aliases and size), then as a patient record.</summary>
internal sealed class PatientTarget : FuzzTarget
{
    public override string Name => "yaml";

    public override IReadOnlyList<byte[]> Seeds(Repository repo) =>
    [
        repo.Bytes("tests/Trek.Clinical.Tests/data/patient_eligible.yaml"),
        repo.Bytes("tests/Trek.Clinical.Tests/data/patient_eligible.json"),
    ];

    public override void Execute(byte[] input, string scratch)
    {
        var node = StructuredTextReader.Read(new MemoryStream(input), "fuzz.yaml");
        PatientRecordReader.Read(node, "fuzz.yaml", new DateOnly(2026, 12, 3));
    }
}
