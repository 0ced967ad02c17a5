using System.Text.Json.Serialization;
using MppDirectory.Domain.Records;
using MppDirectory.Domain.Schedules;
using MppDirectory.Domain.Stewardship;

namespace MppDirectory.Domain;

/// <summary>
/// JSON metadata of the domain's records, made at build time: serializing them needs no reflection and
/// no code made at run time (Native AOT). <see cref="DirectoryJson.Options"/> applies the wire shape.
/// </summary>
[JsonSerializable(typeof(DirectoryData))]
[JsonSerializable(typeof(SchemaOrgOpeningHours))]
[JsonSerializable(typeof(List<AgencyKind>))]
[JsonSerializable(typeof(List<Service>))]
[JsonSerializable(typeof(List<Source>))]
[JsonSerializable(typeof(List<Citation>))]
[JsonSerializable(typeof(List<CitationInput>))]
[JsonSerializable(typeof(CounterInput))]
[JsonSerializable(typeof(CounterEnding))]
[JsonSerializable(typeof(MppDraft))]
[JsonSerializable(typeof(ObservationInput))]
[JsonSerializable(typeof(ScheduleInput))]
[JsonSerializable(typeof(SourceInput))]
[JsonSerializable(typeof(StewardInput))]
[JsonSerializable(typeof(StewardPatch))]
[JsonSerializable(typeof(SuggestionInput))]
[JsonSerializable(typeof(SuggestionRejection))]
[JsonSerializable(typeof(VerificationInput))]
[JsonSerializable(typeof(Verification))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class DomainJsonContext : JsonSerializerContext;
