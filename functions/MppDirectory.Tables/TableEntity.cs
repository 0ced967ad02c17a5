using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Azure;

namespace MppDirectory.Tables;

/// <summary>
/// A table entity as a property bag. Supported value types: string, bool, int, long, double,
/// DateTimeOffset (DateTime is accepted on write), Guid and byte[]. Null values are not stored.
/// </summary>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Named after Azure.Data.Tables' TableEntity so that package can replace this one.")]
public sealed class TableEntity : IDictionary<string, object?>
{
    internal const string PartitionKeyName = "PartitionKey";
    internal const string RowKeyName = "RowKey";
    internal const string TimestampName = "Timestamp";

    private readonly Dictionary<string, object?> _properties = new(StringComparer.Ordinal);

    public TableEntity()
    {
    }

    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    /// <summary>The partition key; reading it before it is set throws <see cref="InvalidOperationException"/>.</summary>
    public string PartitionKey
    {
        get => GetString(PartitionKeyName) ?? throw new InvalidOperationException("The entity has no PartitionKey.");
        set => _properties[PartitionKeyName] = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The row key; reading it before it is set throws <see cref="InvalidOperationException"/>.</summary>
    public string RowKey
    {
        get => GetString(RowKeyName) ?? throw new InvalidOperationException("The entity has no RowKey.");
        set => _properties[RowKeyName] = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>When the service last modified the entity; set by reads, never sent.</summary>
    public DateTimeOffset? Timestamp
    {
        get => GetDateTimeOffset(TimestampName);
        set => _properties[TimestampName] = value;
    }

    /// <summary>The entity's version as last read; pass it to conditional updates and deletes.</summary>
    public ETag ETag { get; set; }

    public ICollection<string> Keys => _properties.Keys;

    public ICollection<object?> Values => _properties.Values;

    public int Count => _properties.Count;

    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => false;

    public object? this[string key]
    {
        get => _properties[key];
        set => _properties[key] = value;
    }

    public string? GetString(string key) => Get<string>(key);

    public int? GetInt32(string key) => GetValue<int>(key);

    public long? GetInt64(string key) => GetValue<long>(key);

    public double? GetDouble(string key) => GetValue<double>(key);

    public bool? GetBoolean(string key) => GetValue<bool>(key);

    public Guid? GetGuid(string key) => GetValue<Guid>(key);

    public byte[]? GetBinary(string key) => Get<byte[]>(key);

    public DateTimeOffset? GetDateTimeOffset(string key) =>
        _properties.GetValueOrDefault(key) is DateTime dateTime
            ? TableEdmValues.ToUtc(dateTime)
            : GetValue<DateTimeOffset>(key);

    public void Add(string key, object? value) => _properties.Add(key, value);

    public bool ContainsKey(string key) => _properties.ContainsKey(key);

    public bool Remove(string key) => _properties.Remove(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _properties.TryGetValue(key, out value);

    public void Clear() => _properties.Clear();

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void ICollection<KeyValuePair<string, object?>>.Add(KeyValuePair<string, object?> item) =>
        ((ICollection<KeyValuePair<string, object?>>)_properties).Add(item);

    bool ICollection<KeyValuePair<string, object?>>.Contains(KeyValuePair<string, object?> item) =>
        ((ICollection<KeyValuePair<string, object?>>)_properties).Contains(item);

    void ICollection<KeyValuePair<string, object?>>.CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object?>>)_properties).CopyTo(array, arrayIndex);

    bool ICollection<KeyValuePair<string, object?>>.Remove(KeyValuePair<string, object?> item) =>
        ((ICollection<KeyValuePair<string, object?>>)_properties).Remove(item);

    private T? Get<T>(string key)
        where T : class =>
        _properties.GetValueOrDefault(key) switch
        {
            null => null,
            T value => value,
            var other => throw WrongType(key, typeof(T), other),
        };

    private T? GetValue<T>(string key)
        where T : struct =>
        _properties.GetValueOrDefault(key) switch
        {
            null => null,
            T value => value,
            var other => throw WrongType(key, typeof(T), other),
        };

    private static InvalidOperationException WrongType(string key, Type expected, object actual) =>
        new($"Property '{key}' holds a {actual.GetType().Name}, not a {expected.Name}.");
}
