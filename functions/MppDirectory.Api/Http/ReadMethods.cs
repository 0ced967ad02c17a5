namespace MppDirectory.Api.Http;

public static class ReadMethods
{
    /// <summary>
    /// Every GET route of the builder also answers HEAD (same status and headers, no body) and CORS
    /// preflight (OPTIONS). A known route asked with another method gets routing's 405 with
    /// <c>Allow</c>, which the problem details turn into a problem.
    /// </summary>
    public static TBuilder AnswerHeadAndPreflight<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault()?.HttpMethods;
            if (methods is not null && methods.Contains(HttpMethods.Get) && !methods.Contains(HttpMethods.Head))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods, HttpMethods.Head], acceptCorsPreflight: true));
            }
        });
        return builder;
    }
}
