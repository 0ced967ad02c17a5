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

    /// <summary>The zip of the example version, which the document names by its URL (no document can hold its bytes).</summary>
    public const string ZipExample = "/api/v1/datasets/1.0.0/mpp-directory.zip";

    private const string Citations = """[{ "source": "contoh-2025-01-01", "quote": "Contoh kalimat yang dikutip dari sumber." }]""";

    /// <summary>
    /// The writes that show each write operation, in the order they run over the seed data: a dry-run import of the
    /// published mpps.csv, then an example source (on an <c>.example</c> address, saying it is no real article), an
    /// example MPP that cites it, and changes to that MPP only, so that no seed MPP is changed. Their answers are the
    /// operations' response examples; the bodies are the documented request examples.
    /// </summary>
    public static IReadOnlyList<ExampleWrite> Writes { get; } =
    [
        new("ImportDataset", "ImportDataset", "POST", "/api/v1/imports?dry_run=true", "text/csv", "", 200, BodyFrom: "/api/v1/datasets/1.0.0/mpps.csv", Admin: true),
        new("RegisterSource", "RegisterSource", "POST", "/api/v1/sources", "application/json", """
            { "id": "contoh-2025-01-01", "publisher": "Portal Berita Contoh", "headline": "Contoh berita untuk dokumentasi API",
              "dateline": { "value": "2025-01-01", "precision": "day", "basis": "stated", "text": "1 Januari 2025" },
              "url": "https://berita.example/contoh", "language": "id",
              "about": { "id": "Contoh sumber untuk dokumentasi API; bukan berita sungguhan.", "en": "An example source for the API documentation; not a real article." } }
            """, 201),
        new("CreateMpp", "CreateMpp", "POST", "/api/v1/mpps", "application/json", $$"""
            { "id": "mpp-contoh", "name": "Mal Pelayanan Publik Contoh", "regency": { "code": "33.74" }, "citations": {{Citations}} }
            """, 201),
        new("PatchMpp", "PatchMpp", "PATCH", "/api/v1/mpps/mpp-contoh", "application/merge-patch+json", $$"""
            { "address": "Jalan Contoh No. 1", "floors": 2, "citations": {{Citations}} }
            """, 200, IfMatchOf: "/api/v1/mpps/mpp-contoh"),
        new("PutMppSchedule", "PutMppSchedule", "PUT", "/api/v1/mpps/mpp-contoh/schedule", "application/json", $$"""
            { "schedule": { "days": [ { "day": "monday", "spans": [ { "opens": "08:00", "closes": "15:00" } ] },
                                      { "day": "tuesday", "spans": [ { "opens": "08:00", "closes": "15:00" } ] } ], "exceptions": [] },
              "citations": {{Citations}} }
            """, 200, IfMatchOf: "/api/v1/mpps/mpp-contoh"),
        new("PutMppCounter", "PutMppCounter.201", "PUT", "/api/v1/mpps/mpp-contoh/counters/e-ktp", "application/json", $$"""
            { "agencyKind": "dukcapil", "statedName": "Dinas Kependudukan dan Pencatatan Sipil", "agencyBasis": "stated", "status": "serving",
              "services": ["e-ktp"], "schedule": null, "citations": {{Citations}} }
            """, 201),
        new("PutMppCounter", "PutMppCounter", "PUT", "/api/v1/mpps/mpp-contoh/counters/e-ktp", "application/json", $$"""
            { "agencyKind": "dukcapil", "statedName": "Disdukcapil", "agencyBasis": "stated", "status": "serving",
              "services": ["e-ktp"], "schedule": null, "citations": {{Citations}} }
            """, 200, IfMatchOf: "/api/v1/mpps/mpp-contoh/counters/e-ktp"),
        new("AddObservation", "AddObservation", "POST", "/api/v1/mpps/mpp-contoh/observations", "application/json", $$"""
            { "metric": "counters", "value": 1, "qualifier": "reported",
              "observedOn": { "value": "2025-01", "precision": "month", "basis": "stated", "text": "Januari 2025" }, "citations": {{Citations}} }
            """, 201),
        new("VerifyMppCounter", "VerifyMppCounter", "POST", "/api/v1/mpps/mpp-contoh/counters/e-ktp/verifications", "application/json", """
            { "note": "Diperiksa di lokasi: gerai masih melayani." }
            """, 200),
        new("EndMppCounter", "EndMppCounter", "DELETE", "/api/v1/mpps/mpp-contoh/counters/e-ktp", "application/json", $$"""
            { "ended": { "value": "2025-06", "precision": "month", "basis": "stated", "text": "Juni 2025" }, "citations": {{Citations}} }
            """, 200, IfMatchOf: "/api/v1/mpps/mpp-contoh/counters/e-ktp"),
        new("CreateSuggestion", "CreateSuggestion", "POST", "/api/v1/suggestions", "application/json", """
            { "mpp": "mpp-contoh", "field": "address", "proposed": "Jalan Contoh No. 2, bukan No. 1.", "evidence": "https://berita.example/contoh", "contact": "warga@contoh.example" }
            """, 201),
        new("RejectSuggestion", "RejectSuggestion", "POST", "/api/v1/suggestions/" + ExampleSuggestion.Id + "/rejection", "application/json", """
            { "reason": { "id": "Contoh alasan: sumber resmi menyebut jam buka Senin sampai Jumat.", "en": "An example reason: the official source states Monday to Friday." } }
            """, 200),
        new("RegisterSteward", "RegisterSteward", "POST", "/api/v1/stewards", "application/json", """
            { "objectId": "00000000-0000-0000-0000-000000000002", "role": "Directory.Write", "scope": ["mpp-contoh"], "name": "Petugas MPP Contoh" }
            """, 201, Admin: true),
        new("PatchSteward", "PatchSteward", "PATCH", "/api/v1/stewards/steward-3f9a0c12d4e5", "application/merge-patch+json", """
            { "scope": ["33.75", "mpp-contoh"] }
            """, 200, IfMatchOf: "/api/v1/stewards/steward-3f9a0c12d4e5", Admin: true),
        new("VerifyMpp", "VerifyMpp", "POST", "/api/v1/mpps/mpp-contoh/verifications", "application/json", $$"""
            { "citations": {{Citations}}, "note": "Alamat dan jam layanan dicocokkan dengan sumber." }
            """, 200, IfMatchOf: "/api/v1/mpps/mpp-contoh"),
    ];

    /// <summary>Runs <see cref="Writes"/> in order with tokens from <paramref name="tokenFor"/> (admin or not); each answer with its body.</summary>
    public static async Task<IReadOnlyList<(ExampleWrite Write, HttpResponseMessage Response, string Body)>> RunWritesAsync(HttpClient client, Func<bool, string> tokenFor)
    {
        var answers = new List<(ExampleWrite, HttpResponseMessage, string)>();
        foreach (var write in Writes)
        {
            var body = write.BodyFrom is null ? write.Body : await client.GetStringAsync(new Uri(write.BodyFrom, UriKind.Relative));
            using var request = new HttpRequestMessage(new HttpMethod(write.Method), new Uri(write.Path, UriKind.Relative))
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, write.ContentType),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokenFor(write.Admin));
            if (write.IfMatchOf is not null)
            {
                // Read as the writer: the steward registry answers admins only.
                using var readRequest = new HttpRequestMessage(HttpMethod.Get, new Uri(write.IfMatchOf, UriKind.Relative));
                readRequest.Headers.Authorization = request.Headers.Authorization;
                using var read = await client.SendAsync(readRequest);
                request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag?.Tag);
            }

            var response = await client.SendAsync(request);
            answers.Add((write, response, await response.Content.ReadAsStringAsync()));
        }

        return answers;
    }

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

/// <summary>One write that shows an operation; <paramref name="Example"/> names its response example (<c>PutMppCounter.201</c> for a 201 beside a 200).</summary>
/// <param name="BodyFrom">When set, the body is what a GET of this path answers (an import of a published file).</param>
/// <param name="IfMatchOf">When set, the write sends the ETag of this path as read, as If-Match.</param>
public sealed record ExampleWrite(
    string OperationId, string Example, string Method, string Path, string ContentType, string Body, int Status,
    string? BodyFrom = null, string? IfMatchOf = null, bool Admin = false);
