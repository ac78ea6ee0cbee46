using System.Text;
using Trek.Core;
using Trek.IO.Tables;
using Trek.Trials.Endpoints;
using Trek.Trials.Survival;

namespace Trek.Fuzz.Targets;

/// <summary>
/// CSV through the one table reader (<see cref="TableReader"/>): every cell of every row read as text, decimal, double
/// and date, then through its two typed consumers, the subject table of `trek endpoints` and the survival table of
/// `trek km` (which reads the bytes through Trek.IO's Utf8TableReader). Each stage's refusal is the expected
/// answer; the stages run independently.
/// </summary>
internal sealed class TableTarget : FuzzTarget
{
    private static readonly string[] Files =
    [
        "tests/Trek.Trials.Tests/Data/lung.csv", "tests/Trek.Trials.Tests/Data/subjects.csv", "examples/registry-demo/labs.csv",
        "examples/registry-demo/adverse_events.csv", "examples/registry-demo/patients.csv", "examples/registry-demo/lesions.csv",
    ];

    private string[] _columns = [];

    public override string Name => "csv";

    public override IReadOnlyList<byte[]> Seeds(Repository repo)
    {
        var seeds = Files.Select(repo.Bytes).ToList();
        _columns = [.. seeds.SelectMany(s => Encoding.UTF8.GetString(s).Split('\n').First(l => !l.StartsWith('#')).Trim().Split(',')).Distinct()];
        return seeds;
    }

    public override void Execute(byte[] input, string scratch)
    {
        Stage(() =>
        {
            foreach (var row in TableReader.Read(Reader(input), "fuzz.csv", TableSchema.Open(), ',', _ => { }))
            {
                foreach (var column in _columns)
                {
                    Stage(() => row.Optional(column));
                    Stage(() => row.OptionalDecimal(column));
                    Stage(() => row.OptionalDouble(column));
                    Stage(() => row.OptionalDate(column));
                }
            }
        });
        Stage(() => SubjectCsvReader.Read(Reader(input), "fuzz.csv", _ => { }));
        Stage(() => SurvivalCsv.Read(new MemoryStream(input), "fuzz.csv", ',', "time", "status", "sex"));
    }

    private static StreamReader Reader(byte[] input) => new(new MemoryStream(input), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);

    private static void Stage(Action run)
    {
        try
        {
            run();
        }
        catch (InputException)
        {
        }
    }

    private static void Stage<T>(Func<T> run) => Stage(() => { _ = run(); });
}
