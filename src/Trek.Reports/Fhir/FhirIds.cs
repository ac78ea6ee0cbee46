using System.Security.Cryptography;
using System.Text;

namespace Trek.Reports.Fhir;

/// <summary>
/// Resource ids derived from the report's content, so that the same inputs give the same bundle byte for byte:
/// SHA-256 of (content seed, role), the first 16 bytes written as an RFC 9562 version-8 (custom) UUID. A random
/// UUID would make two runs on the same inputs differ; a counter would make ids collide across reports.
/// </summary>
public sealed class FhirIds(string seed)
{
    /// <summary>The id of the resource playing <paramref name="role"/> in this report (e.g. "patient", "variant-2").</summary>
    public string Id(string role)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed + "\n" + role));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8 (RFC 9562 §5.8)
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // variant 10xx
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }

    /// <summary>The bundle entry's fullUrl, and what references inside the bundle point to.</summary>
    public string Url(string role) => "urn:uuid:" + Id(role);
}
