using System.Diagnostics;
using System.Security.Cryptography;

namespace Trek.Fuzz;

/// <summary>
/// Distinct crashes of one target: the signature is the exception type and the innermost Trek method it came
/// from; the first input of each signature is saved as crash-SIGNATUREHASH.bin with the trace beside it (.txt).
/// </summary>
internal sealed class CrashLog(string directory)
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public static string Signature(Exception ex)
    {
        var frames = new StackTrace(ex).GetFrames();
        var trek = frames.Select(f => f.GetMethod()).FirstOrDefault(m => m?.DeclaringType?.FullName?.StartsWith("Trek.", StringComparison.Ordinal) == true
            && !m.DeclaringType.FullName.StartsWith("Trek.Fuzz", StringComparison.Ordinal));
        var where = trek is null ? frames.FirstOrDefault()?.GetMethod()?.Name ?? "?" : $"{trek.DeclaringType!.FullName}.{trek.Name}";
        return $"{ex.GetType().FullName} at {where}";
    }

    /// <summary>Records a crash; true when its signature is new (its input and trace were saved).</summary>
    public bool Add(string signature, byte[] input, string detail)
    {
        _counts[signature] = _counts.GetValueOrDefault(signature) + 1;
        if (_counts[signature] > 1)
        {
            return false;
        }

        Directory.CreateDirectory(directory);
        var name = "crash-" + Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(signature)))[..12].ToLowerInvariant();
        File.WriteAllBytes(Path.Combine(directory, name + ".bin"), input);
        File.WriteAllText(Path.Combine(directory, name + ".txt"), signature + "\n\n" + detail + "\n");
        return true;
    }
}
