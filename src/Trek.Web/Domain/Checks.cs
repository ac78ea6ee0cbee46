namespace Trek.Web.Domain;

/// <summary>Collects field errors while an input is checked; <see cref="ThrowIfAny"/> refuses the whole input at once.</summary>
public sealed class Checks
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public Checks Require(bool ok, string field, string message)
    {
        if (!ok)
        {
            if (!_errors.TryGetValue(field, out var list))
            {
                _errors[field] = list = [];
            }

            list.Add(message);
        }

        return this;
    }

    public Checks Text(string? value, string field, int max = 200, bool required = true) =>
        Require(!required || !string.IsNullOrWhiteSpace(value), field, "is required")
            .Require(value is null || value.Length <= max, field, $"is longer than {max} characters");

    public Checks Date(DateOnly? value, string field, DateOnly? notBefore = null, string? notBeforeName = null)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Require(value is null || value <= today.AddDays(1), field, $"{value:yyyy-MM-dd} is in the future");
        return Require(value is null || notBefore is null || value >= notBefore, field, $"{value:yyyy-MM-dd} is before {notBeforeName} {notBefore:yyyy-MM-dd}");
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new RegistryValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
