using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Trek.Core;
using Trek.Web.Domain;

namespace Trek.Web.Api;

/// <summary>
/// Maps the registry's exceptions to ProblemDetails: a refused input is 400 (with field errors), a missing
/// row 404, an edit on a stale row version 409. Anything else stays a 500 without details.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            RegistryValidationException v => new ValidationProblemDetails(v.Errors) { Status = 400, Title = "The input was refused." },
            InputException i => new ProblemDetails { Status = 400, Title = "The input was refused.", Detail = i.Message },
            KeyNotFoundException k => new ProblemDetails { Status = 404, Title = "Not found.", Detail = k.Message },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "The request was refused.", Detail = b.Message },
            DbUpdateConcurrencyException => new ProblemDetails { Status = 409, Title = "The record was changed by someone else.", Detail = "Reload it and apply your change again; nothing was overwritten." },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
