namespace Trek.Web.Domain;

/// <summary>
/// An input the registry refuses, with one message per field (field name as in the API's JSON). The API
/// answers it with a ValidationProblemDetails (400); pages show the messages beside the form fields.
/// </summary>
public sealed class RegistryValidationException(IDictionary<string, string[]> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public static RegistryValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
