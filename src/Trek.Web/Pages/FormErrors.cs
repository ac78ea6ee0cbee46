using Microsoft.AspNetCore.Mvc.ModelBinding;
using Trek.Web.Domain;

namespace Trek.Web.Pages;

/// <summary>Shows a refused input's field messages on the form that sent it.</summary>
public static class FormErrors
{
    public static void Add(ModelStateDictionary state, RegistryValidationException ex, string prefix)
    {
        foreach (var (field, messages) in ex.Errors)
        {
            foreach (var m in messages)
            {
                state.AddModelError($"{prefix}.{field}", $"{field}: {m}");
            }
        }
    }
}
