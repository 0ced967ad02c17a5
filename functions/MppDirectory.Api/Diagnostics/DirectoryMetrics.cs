using System.Diagnostics.Metrics;

namespace MppDirectory.Api.Diagnostics;

/// <summary>
/// The measures an operator of the directory needs beyond ASP.NET Core's own (requests by route and
/// status come from <c>http.server.request.duration</c>): the read model's refreshes, reloads and
/// failures, storage latency, the age of the data served, clock-bound cache hits and rate-limited requests.
/// </summary>
public sealed class DirectoryMetrics
{
    public const string MeterName = "MppDirectory";

    private readonly Counter<long> _reloads;
    private readonly Counter<long> _refreshFailures;
    private readonly Histogram<double> _storageCheck;
    private readonly Counter<long> _clockBoundAnswers;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _answers;

    public DirectoryMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        _reloads = Meter.CreateCounter<long>("mppdir.readmodel.reloads", description: "Directory loads after the stored data version changed.");
        _refreshFailures = Meter.CreateCounter<long>("mppdir.readmodel.refresh_failures", description: "Refreshes that storage failed or did not answer in time.");
        _storageCheck = Meter.CreateHistogram<double>("mppdir.storage.refresh.duration", unit: "s", description: "How long each refresh (version check, and load when changed) took.");
        _clockBoundAnswers = Meter.CreateCounter<long>("mppdir.clock_bound.answers", description: "Clock-bound answers served, by whether the cached one held (hit) or was computed.");
        _rateLimited = Meter.CreateCounter<long>("mppdir.rate_limit.rejected", description: "Requests answered 429.");
        _answers = Meter.CreateCounter<long>("mppdir.answers", description: "Data API answers (200 and 304), by whether they came whole from the answer cache.");
    }

    public Meter Meter { get; }

    public void Refreshed(TimeSpan took, bool answered, bool reloaded)
    {
        _storageCheck.Record(took.TotalSeconds, new KeyValuePair<string, object?>("outcome", answered ? "answered" : "failed"));
        if (!answered)
        {
            _refreshFailures.Add(1);
        }

        if (reloaded)
        {
            _reloads.Add(1);
        }
    }

    public void ClockBoundAnswer(bool hit) => _clockBoundAnswers.Add(1, new KeyValuePair<string, object?>("hit", hit));

    public void RateLimited() => _rateLimited.Add(1);

    public void Answered(bool cached) => _answers.Add(1, new KeyValuePair<string, object?>("cached", cached));
}
