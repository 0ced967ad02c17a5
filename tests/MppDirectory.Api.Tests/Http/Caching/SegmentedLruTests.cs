using MppDirectory.Api.Http.Caching;

namespace MppDirectory.Api.Tests.Http.Caching;

/// <summary>The eviction rules of the bounded store both answer caches use, without HTTP.</summary>
public sealed class SegmentedLruTests
{
    private static SegmentedLru<string> Store(int maxEntries, long maxWeight = long.MaxValue) =>
        new(maxEntries, maxWeight, value => value.Length);

    private static void Churn(SegmentedLru<string> store, int keys, bool freeText, int uses = 1)
    {
        for (var i = 0; i < keys; i++)
        {
            var key = $"churn-{freeText}-{i}";
            store.Add(key, "x", mayBeProtected: !freeText);
            for (var use = 1; use < uses; use++)
            {
                store.TryGet(key, out _);
            }
        }
    }

    [Fact]
    public void KeysAskedForOnceNeverPushOutAKeyAskedForAgain()
    {
        var store = Store(maxEntries: 10);
        store.Add("hot", "list", mayBeProtected: true);
        Assert.True(store.TryGet("hot", out _)); // its second use protects it

        Churn(store, keys: 1_000, freeText: false);

        Assert.True(store.TryGet("hot", out var value));
        Assert.Equal("list", value);
    }

    [Fact]
    public void FreeTextAskedForTwiceStillNeverPushesOutAProtectedKey()
    {
        var store = Store(maxEntries: 10);
        store.Add("hot", "list", mayBeProtected: true);
        store.TryGet("hot", out _);

        Churn(store, keys: 1_000, freeText: true, uses: 3);

        Assert.True(store.TryGet("hot", out _));
    }

    [Fact]
    public void AKeyAskedForOnceIsPushedOutByNewerOnes()
    {
        var store = Store(maxEntries: 10);
        store.Add("once", "answer", mayBeProtected: true);

        Churn(store, keys: 10, freeText: false);

        Assert.False(store.TryGet("once", out _));
    }

    [Fact]
    public void FreeTextIsKeptWhileOnProbationAndAnsweredFromThere()
    {
        var store = Store(maxEntries: 10);
        store.Add("q=paspor", "results", mayBeProtected: false);

        Assert.True(store.TryGet("q=paspor", out var first));
        Assert.True(store.TryGet("q=paspor", out var second));
        Assert.Equal("results", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void AFullProtectedSegmentSendsItsLeastRecentlyUsedKeyBackOnProbation()
    {
        // 10 entries: 8 protected, 2 on probation.
        var store = Store(maxEntries: 10);
        for (var i = 0; i < 9; i++)
        {
            store.Add($"hot-{i}", "x", mayBeProtected: true);
            store.TryGet($"hot-{i}", out _);
        }

        // hot-0 was used least recently: it is back on probation, where it is still found ...
        Assert.Equal(9, store.Count);
        Assert.True(store.TryGet("hot-0", out _)); // ... and this use protects it again, demoting hot-1

        Churn(store, keys: 2, freeText: false);

        Assert.False(store.TryGet("hot-1", out _));
        Assert.All(Enumerable.Range(2, 7).Append(0), i => Assert.True(store.TryGet($"hot-{i}", out _), $"hot-{i}"));
    }

    [Fact]
    public void NeverMoreKeysOrWeightThanItsBounds()
    {
        var store = Store(maxEntries: 50, maxWeight: 1_000);
        var random = new Random(3);
        for (var i = 0; i < 5_000; i++)
        {
            var key = $"k{random.Next(200)}";
            if (!store.TryGet(key, out _))
            {
                store.Add(key, new string('x', random.Next(1, 150)), mayBeProtected: random.Next(4) > 0);
            }

            Assert.InRange(store.Count, 0, 50);
            Assert.InRange(store.Weight, 0, 1_000);
        }
    }

    [Fact]
    public void AValueHeavierThanProbationIsNotKeptAndPushesNothingOut()
    {
        var store = Store(maxEntries: 10, maxWeight: 100); // probation holds 20
        store.Add("small", "x", mayBeProtected: true);

        Assert.False(store.Add("large", new string('x', 21), mayBeProtected: true));

        Assert.False(store.TryGet("large", out _));
        Assert.True(store.TryGet("small", out _));
        Assert.Equal(1, store.Weight);
    }

    [Fact]
    public void AddingAKeyAgainReplacesItsValueAndWeight()
    {
        var store = Store(maxEntries: 10);
        store.Add("key", "old", mayBeProtected: true);
        store.TryGet("key", out _);

        store.Add("key", "newer", mayBeProtected: true);

        Assert.True(store.TryGet("key", out var value));
        Assert.Equal("newer", value);
        Assert.Equal(1, store.Count);
        Assert.Equal(5, store.Weight);
    }

    [Fact]
    public void ClearForgetsEverything()
    {
        var store = Store(maxEntries: 10);
        store.Add("a", "x", mayBeProtected: true);
        store.TryGet("a", out _);
        store.Add("b", "y", mayBeProtected: false);

        store.Clear();

        Assert.Equal(0, store.Count);
        Assert.Equal(0, store.Weight);
        Assert.False(store.TryGet("a", out _));
    }
}
