namespace MppDirectory.Api.Hosting;

/// <summary>
/// The Functions host tells a custom handler its port in FUNCTIONS_CUSTOMHANDLER_PORT; run on its
/// own, the app keeps the local Functions address http://127.0.0.1:7071 unless URLs are configured.
/// </summary>
internal static class ListenAddress
{
    public const string LocalDefault = "http://127.0.0.1:7071";

    public static WebApplicationBuilder UseCustomHandlerPort(this WebApplicationBuilder builder)
    {
        var port = builder.Configuration["FUNCTIONS_CUSTOMHANDLER_PORT"];
        if (!string.IsNullOrEmpty(port))
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }
        else if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(LocalDefault);
        }

        return builder;
    }
}
