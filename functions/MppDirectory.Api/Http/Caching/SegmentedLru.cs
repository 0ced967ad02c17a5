using System.Diagnostics.CodeAnalysis;

namespace MppDirectory.Api.Http.Caching;

/// <summary>
/// A store bounded by count and by weight (bytes, where the caller can weigh its values), with
/// segmented LRU eviction. A key enters on probation; asked for again, it moves to the protected
/// segment. A flood of keys asked for once (random searches, odd but valid URLs) therefore only ever
/// pushes other keys off probation, never the answers that are asked for again and again. A key that
/// may not be protected (free text: every new search is a new key, so a second hit proves nothing
/// about the next one) stays on probation for good, and so can never push out a protected one.
/// When the protected segment is full, its least recently used key goes back on probation.
/// Thread-safe: every operation takes one lock, and each is a few pointer moves.
/// </summary>
public sealed class SegmentedLru<TValue>
    where TValue : class
{
    /// <summary>The share of count and weight kept for protected keys; the rest is probation.</summary>
    private const double ProtectedShare = 0.8;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly Func<TValue, long> _weigh;
    private readonly Segment _probation;
    private readonly Segment _protected;

    /// <param name="maxEntries">At most this many keys in all.</param>
    /// <param name="maxWeight">At most this much weight in all; a value heavier than probation's share is not kept.</param>
    /// <param name="weigh">The weight of a value (its bytes); without it every value weighs 1.</param>
    public SegmentedLru(int maxEntries, long maxWeight = long.MaxValue, Func<TValue, long>? weigh = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWeight, 2);
        _weigh = weigh ?? (_ => 1);
        var protectedEntries = Math.Clamp((int)(maxEntries * ProtectedShare), 1, maxEntries - 1);
        var protectedWeight = Math.Clamp((long)(maxWeight * ProtectedShare), 1, maxWeight - 1);
        _protected = new Segment(protectedEntries, protectedWeight);
        _probation = new Segment(maxEntries - protectedEntries, maxWeight - protectedWeight);
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public long Weight
    {
        get
        {
            lock (_gate)
            {
                return _probation.Weight + _protected.Weight;
            }
        }
    }

    /// <summary>The value of <paramref name="key"/>, counting as a use: a second use protects a key that may be protected.</summary>
    public bool TryGet(string key, [MaybeNullWhen(false)] out TValue value)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                value = null;
                return false;
            }

            var entry = node.Value;
            if (entry.Segment == _probation && entry.MayBeProtected)
            {
                _probation.Remove(node);
                _protected.AddFirst(node);
                DemoteOverflow();
                EvictOverflow();
            }
            else
            {
                entry.Segment.Remove(node);
                entry.Segment.AddFirst(node);
            }

            value = entry.Value;
            return true;
        }
    }

    /// <summary>
    /// Keeps <paramref name="value"/> on probation under <paramref name="key"/> (replacing what the key held),
    /// pushing out the least recently used keys on probation as needed; false when it is too heavy to keep.
    /// </summary>
    /// <param name="mayBeProtected">Whether a second use may move the key to the protected segment.</param>
    public bool Add(string key, TValue value, bool mayBeProtected)
    {
        var weight = _weigh(value);
        lock (_gate)
        {
            if (_entries.Remove(key, out var old))
            {
                old.Value.Segment.Remove(old);
            }

            if (weight > _probation.MaxWeight)
            {
                return false;
            }

            var node = new LinkedListNode<Entry>(new Entry(key, value, weight, mayBeProtected));
            _entries[key] = node;
            _probation.AddFirst(node);
            EvictOverflow();
            return true;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _probation.Clear();
            _protected.Clear();
        }
    }

    /// <summary>Protected keys past the segment's bounds go back on probation, least recently used first.</summary>
    private void DemoteOverflow()
    {
        while (_protected.IsOver && _protected.Last is { } last)
        {
            _protected.Remove(last);
            _probation.AddFirst(last);
        }
    }

    /// <summary>Keys on probation past its bounds are dropped, least recently used first.</summary>
    private void EvictOverflow()
    {
        while (_probation.IsOver && _probation.Last is { } last)
        {
            _probation.Remove(last);
            _entries.Remove(last.Value.Key);
        }
    }

    private sealed class Entry(string key, TValue value, long weight, bool mayBeProtected)
    {
        public string Key { get; } = key;

        public TValue Value { get; } = value;

        public long Weight { get; } = weight;

        public bool MayBeProtected { get; } = mayBeProtected;

        public Segment Segment { get; set; } = null!;
    }

    /// <summary>One segment: its keys from most to least recently used, and its bounds.</summary>
    private sealed class Segment(int maxEntries, long maxWeight)
    {
        private readonly LinkedList<Entry> _order = new();

        public long MaxWeight { get; } = maxWeight;

        public long Weight { get; private set; }

        public bool IsOver => _order.Count > maxEntries || Weight > MaxWeight;

        public LinkedListNode<Entry>? Last => _order.Last;

        public void AddFirst(LinkedListNode<Entry> node)
        {
            _order.AddFirst(node);
            node.Value.Segment = this;
            Weight += node.Value.Weight;
        }

        public void Remove(LinkedListNode<Entry> node)
        {
            _order.Remove(node);
            Weight -= node.Value.Weight;
        }

        public void Clear()
        {
            _order.Clear();
            Weight = 0;
        }
    }
}
