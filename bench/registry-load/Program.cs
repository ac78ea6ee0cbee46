using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

// Load client for bench/registry-load.sh. Modes:
//   load BASE WORKERS REQUESTS ACKED   mixed API traffic: 3 reads (2 patient rows, 1 overview) to 1 write (new patient); prints figures
//   writes BASE WORKERS MAX ACKED      only writes until the server goes away (kill -9) or MAX requests; each 201 appended to ACKED
//   verify BASE ACKED...               every code in the ACKED files must be in GET /api/patients
// Every request is bounded (MAX, 10 s timeout); only the loopback address given in BASE is contacted.
var mode = args[0];
var baseUri = new Uri(args[1]);
if (!IPAddress.IsLoopback((await Dns.GetHostAddressesAsync(baseUri.Host))[0]))
{
    Console.Error.WriteLine("registry-load: the server must be on loopback");
    return 2;
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(10) };
var token = await TokenAsync(http);
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
return mode switch
{
    "load" => await LoadAsync(int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), args[4], writesOnly: false),
    "writes" => await LoadAsync(int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), args[4], writesOnly: true),
    "verify" => await VerifyAsync(args[2..]),
    _ => throw new ArgumentException($"unknown mode {mode}"),
};

async Task<int> LoadAsync(int workers, int requests, string ackedPath, bool writesOnly)
{
    var ids = (await http.GetFromJsonAsync<JsonElement>("/api/patients")).EnumerateArray().Select(p => p.GetProperty("id").GetInt64()).ToArray();
    var run = Guid.NewGuid().ToString("N")[..6];
    var latencies = new List<double>[workers];
    var errors = new long[workers];
    var refused = new long[workers];
    long next = 0;
    await using var acked = new StreamWriter(ackedPath, append: true);
    var ackLock = new object();
    var clock = Stopwatch.StartNew();
    var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
    {
        latencies[w] = [];
        var random = new Random(w);
        while (true)
        {
            var n = Interlocked.Increment(ref next);
            if (n > requests)
            {
                return;
            }

            var write = writesOnly || n % 4 == 0;
            var code = $"L{run}-{n}";
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = write
                    ? await http.PostAsJsonAsync("/api/patients", new { code, birthDate = "2015-04-01", sex = "Female", diagnosis = "infantile fibrosarcoma", cns = false, firstDoseDate = "2024-01-08" })
                    : await http.GetAsync(n % 4 == 1 ? $"/api/patients/{ids[random.Next(ids.Length)]}/overview" : $"/api/patients/{ids[random.Next(ids.Length)]}");
                await response.Content.LoadIntoBufferAsync();
                latencies[w].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (write && response.StatusCode == HttpStatusCode.Created)
                {
                    // Acknowledged: the server answered 201 after its commit. Recorded only now, flushed at once.
                    lock (ackLock)
                    {
                        acked.WriteLine(code);
                        acked.Flush();
                    }
                }
                else if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors[w]);
                }
            }
            catch (HttpRequestException) when (writesOnly)
            {
                // The server was killed: stop this worker (the request in flight was never acknowledged).
                Interlocked.Increment(ref refused[w]);
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref errors[w]);
            }
        }
    })).ToArray();
    await Task.WhenAll(tasks);
    var seconds = clock.Elapsed.TotalSeconds;
    var all = latencies.SelectMany(l => l).Order().ToArray();
    double Pct(double p) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{mode}: workers={workers} answered={all.Length} seconds={seconds:0.00} requests_per_s={all.Length / seconds:0.0} p50_ms={Pct(0.50):0.0} p99_ms={Pct(0.99):0.0} max_ms={(all.Length == 0 ? 0 : all[^1]):0.0} errors={errors.Sum()} stopped_by_kill={refused.Sum()}"));
    return errors.Sum() == 0 ? 0 : 1;
}

async Task<int> VerifyAsync(string[] ackedFiles)
{
    var present = (await http.GetFromJsonAsync<JsonElement>("/api/patients")).EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToHashSet(StringComparer.Ordinal);
    var acked = ackedFiles.SelectMany(File.ReadAllLines).Where(l => l.Length > 0).ToList();
    var lost = acked.Where(c => !present.Contains(c)).ToList();
    Console.WriteLine($"verify: acknowledged={acked.Count} present={acked.Count - lost.Count} lost={lost.Count}{(lost.Count > 0 ? " e.g. " + string.Join(' ', lost.Take(5)) : "")}");
    return lost.Count == 0 ? 0 : 1;
}

static async Task<string> TokenAsync(HttpClient http)
{
    var user = Environment.GetEnvironmentVariable("TREK_LOAD_USER") ?? "admin";
    var password = Environment.GetEnvironmentVariable("TREK_LOAD_PASSWORD") ?? throw new InvalidOperationException("TREK_LOAD_PASSWORD not set");
    using var response = await http.PostAsJsonAsync("/api/token", new { userName = user, password });
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
}
