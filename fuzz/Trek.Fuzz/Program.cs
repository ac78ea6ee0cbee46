using System.Globalization;
using Trek.Fuzz;
using Trek.Fuzz.Targets;

// trek-fuzz TARGET SECONDS OUT_DIR [PER_INPUT_SECONDS]: fuzz one parser for SECONDS, print one summary line.
// fuzz/run.sh runs every target in its own process (a stack overflow ends only that target's run).
FuzzTarget[] targets = [new FastqTarget(), new FastaTarget(), new GtfTarget(), new IndexTarget(), new TableTarget(), new PatientTarget(), new VcfTarget()];

// Trek.Fuzz replay TARGET FILE...: runs saved inputs once each and prints how each ended (to check a fix).
if (args.Length >= 3 && args[0] == "replay" && targets.Any(t => t.Name == args[1]))
{
    var replayed = targets.Single(t => t.Name == args[1]);
    _ = replayed.Seeds(Repository.Find());
    var scratchDir = Directory.CreateTempSubdirectory("trek-fuzz-replay-").FullName;
    var crashed = 0;
    foreach (var file in args.Skip(2))
    {
        try
        {
            replayed.Execute(File.ReadAllBytes(file), scratchDir);
            Console.WriteLine($"{file}	parsed");
        }
        catch (Trek.Core.InputException ex)
        {
            Console.WriteLine($"{file}	refused: {ex.Message}");
        }
        catch (Exception ex)
        {
            crashed++;
            Console.WriteLine($"{file}	CRASH {CrashLog.Signature(ex)}");
        }
    }

    Directory.Delete(scratchDir, recursive: true);
    return crashed == 0 ? 0 : 1;
}
if (args.Length is < 3 or > 4 || targets.All(t => t.Name != args[0]))
{
    Console.Error.WriteLine($"usage: Trek.Fuzz TARGET SECONDS OUT_DIR [PER_INPUT_SECONDS]; targets: {string.Join(' ', targets.Select(t => t.Name))}");
    return 1;
}

var target = targets.Single(t => t.Name == args[0]);
var seconds = double.Parse(args[1], CultureInfo.InvariantCulture);
var perInput = args.Length == 4 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 5;
var campaign = new Campaign(target, Repository.Find(), Path.GetFullPath(args[2]), TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(perInput));
var finished = campaign.Run();
Console.WriteLine($"{target.Name}\texecutions={campaign.Executions}\trefused={campaign.Refused}\tdistinct_crashes={campaign.Crashes.Counts.Count}\tseeds_refused={campaign.SeedsRefused}/{campaign.SeedCount}");
foreach (var (signature, count) in campaign.Crashes.Counts)
{
    Console.WriteLine($"  {count,6} x {signature}");
}

// A hang leaves a worker spinning: end the process rather than wait for it.
Environment.Exit(finished ? 0 : 2);
return 0;
