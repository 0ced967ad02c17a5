using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using MppDirectory.Api.Http;
using MppDirectory.Api.Http.Paging;

namespace MppDirectory.Api.OpenApi;

/// <summary>
/// The request that shows an operation: its route values and required query values from their
/// <c>[Example]</c> attributes, which are seed data (<c>kota-pekalongan</c>, <c>paspor</c>). Its
/// answer is the operation's response example (<see cref="ResponseExamples"/>).
/// </summary>
public static class ExampleRequests
{
    private const int ExamplePageSize = 2;

    /// <summary>
    /// When the example dataset version is stamped as published: a fixed instant, so that the examples
    /// (and the hashes of the files that state it) are the same on every capture. It says nothing of the MPPs.
    /// </summary>
    public static readonly DateTimeOffset ExamplePublishTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string UrlOf(DescribedEndpoint described)
    {
        var path = described.Path;
        var query = new List<string>();
        foreach (var parameter in described.Handler.GetParameters())
        {
            if (path.Contains("{" + parameter.Name + "}", StringComparison.Ordinal))
            {
                var value = parameter.GetCustomAttribute<ExampleAttribute>()?.Value
                    ?? throw new InvalidOperationException($"{described.Name}: route value '{parameter.Name}' has no [Example].");
                path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            }
            else if (parameter.ParameterType == typeof(PageQuery))
            {
                query.Add($"per_page={ExamplePageSize}"); // a short page keeps the document readable
            }
            else if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                query.AddRange(parameter.ParameterType.GetProperties()
                    .Where(p => p.GetCustomAttribute<RequiredAttribute>() is not null)
                    .Select(p => $"{p.GetCustomAttribute<FromQueryAttribute>()!.Name}={Uri.EscapeDataString(p.GetCustomAttribute<ExampleAttribute>()?.Value ?? "")}"));
            }
        }

        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }
}
