namespace MppDirectory.Api.Tests;

/// <summary>Waits for something the app does in the background (a refresh) to show, with a deadline.</summary>
internal static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not happen within {within.TotalSeconds} s; last seen: {value}");
            }

            await Task.Delay(50);
        }
    }
}
