using System.Diagnostics.Metrics;
using System.Net;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using MppDirectory.Api.Diagnostics;
using OpenTelemetry.Trace;

namespace MppDirectory.Api.Tests.Http;

/// <summary>Telemetry is off without a connection string, on with one, and the directory's own measures are recorded.</summary>
public sealed class TelemetryTests(ApiFixture seeded) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task OffWithoutAConnectionStringAndOnWithOne()
    {
        await using var plain = ApiFixture.StartApp(seeded.Azurite.ConnectionString, seeded.Names);
        await using var monitored = ApiFixture.StartApp(seeded.Azurite.ConnectionString, seeded.Names, settings: new Dictionary<string, string?>
        {
            // An ingestion endpoint where nothing listens: export fails in the background, never on a request.
            [Telemetry.ConnectionStringSetting] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
        });
        await monitored.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(ApiFixture.BoundAddress(monitored)) };

        Assert.Null(plain.Services.GetService<TracerProvider>());
        Assert.NotNull(monitored.Services.GetService<TracerProvider>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1")).StatusCode);
    }

    [Fact]
    public void TheExporterSignsInWithTheNamedIdentityOnlyForEntraId()
    {
        Assert.IsType<ManagedIdentityCredential>(Telemetry.CredentialFrom("ClientId=00000000-0000-0000-0000-000000000001;Authorization=AAD"));
        Assert.IsType<ManagedIdentityCredential>(Telemetry.CredentialFrom("Authorization=AAD"));
        Assert.Null(Telemetry.CredentialFrom(null));
        Assert.Null(Telemetry.CredentialFrom("ClientId=x"));
    }

    [Fact]
    public async Task RefreshesCacheHitsAndRejectionsAreMeasured()
    {
        await using var app = ApiFixture.StartApp(seeded.Azurite.ConnectionString, seeded.Names, settings: new Dictionary<string, string?>
        {
            ["RateLimiting:PermitsPerMinute"] = "3",
        });
        var meter = app.Services.GetRequiredService<DirectoryMetrics>().Meter;
        var measured = new Dictionary<string, double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == meter)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => { lock (measured) { measured[instrument.Name] = measured.GetValueOrDefault(instrument.Name) + value; } });
        listener.SetMeasurementEventCallback<double>((instrument, _, _, _) => { lock (measured) { measured[instrument.Name] = measured.GetValueOrDefault(instrument.Name) + 1; } });
        listener.Start();
        await app.StartAsync();
        await app.Services.GetRequiredService<MppDirectory.Api.ReadModel.DirectoryReadModel>().GetAsync(); // loaded, without spending the quota
        using var client = new HttpClient { BaseAddress = new Uri(ApiFixture.BoundAddress(app)) };

        for (var i = 0; i < 4; i++)
        {
            await client.GetAsync("/api/v1/mpps/kota-pekalongan/schedule");
        }

        lock (measured)
        {
            Assert.True(measured.GetValueOrDefault("mppdir.storage.refresh.duration") >= 1, "refresh durations");
            Assert.Equal(1, measured.GetValueOrDefault("mppdir.readmodel.reloads"));
            Assert.Equal(1, measured.GetValueOrDefault("mppdir.clock_bound.answers")); // computed once ...
            Assert.Equal(3, measured.GetValueOrDefault("mppdir.answers")); // ... answered three times (the fourth was rejected)
            Assert.Equal(1, measured.GetValueOrDefault("mppdir.rate_limit.rejected"));
        }
    }
}
