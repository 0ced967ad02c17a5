using Azure;

namespace MppDirectory.Tables;

/// <summary>A successful response that carries no value, e.g. a lookup that found nothing.</summary>
internal sealed class TableNoValueResponse<T>(Response response) : NullableResponse<T>
{
    public override bool HasValue => false;

    public override T Value => throw new InvalidOperationException("The response has no value; check HasValue first.");

    public override Response GetRawResponse() => response;
}
