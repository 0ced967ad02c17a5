using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MppDirectory.Api.Diagnostics;

public static class Telemetry
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AuthenticationSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>
    /// Traces, metrics and logs to Application Insights through OpenTelemetry, only when a connection
    /// string is set (in Azure): locally and in tests nothing is added to the request path. With
    /// <c>Authorization=AAD</c> the exporter signs in with the app's managed identity.
    /// </summary>
    public static IServiceCollection AddDirectoryTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSingleton<DirectoryMetrics>();
        if (string.IsNullOrWhiteSpace(configuration[ConnectionStringSetting]))
        {
            return services;
        }

        // The exporter for every signal, and the instrumentations the distro would add, save SqlClient's.
        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter(DirectoryMetrics.MeterName))
            .UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = configuration[ConnectionStringSetting];
                options.Credential = CredentialFrom(configuration[AuthenticationSetting]);
            });
        return services;
    }

    /// <summary>The identity named by <c>ClientId=…;Authorization=AAD</c>, as the Functions host reads it; null for key-less ingestion off.</summary>
    public static TokenCredential? CredentialFrom(string? authentication)
    {
        var parts = (authentication ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var kind) || !kind.Equals("AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new ManagedIdentityCredential(parts.TryGetValue("ClientId", out var clientId)
            ? ManagedIdentityId.FromUserAssignedClientId(clientId)
            : ManagedIdentityId.SystemAssigned);
    }
}
