namespace MppDirectory.Api.Http;

public static class ApiVersion
{
    /// <summary>The contract's title, as the document and the docs page name it.</summary>
    public const string Title = "MPP Directory API";

    /// <summary>The contract's version; everything under <c>/api/v1</c> stays compatible while it moves.</summary>
    public const string Current = "1.0.0";

    /// <summary>The path every resource of this version lives under.</summary>
    public const string Root = "/api/v1";
}
