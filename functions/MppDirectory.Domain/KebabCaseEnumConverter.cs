using System.Text.Json.Serialization;

namespace MppDirectory.Domain;

/// <summary>
/// An enum's JSON spelling, declared on the enum itself (<c>[JsonConverter(typeof(KebabCaseEnumConverter&lt;T&gt;))]</c>):
/// the <see cref="EnumNames"/> words, and never a number. Generic, so that serializing needs no code made at run time.
/// </summary>
public sealed class KebabCaseEnumConverter<T>() : JsonStringEnumConverter<T>(EnumNames.Policy, allowIntegerValues: false)
    where T : struct, Enum;
