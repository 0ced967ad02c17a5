namespace MppDirectory.Api.Pages.Widget;

/// <summary>
/// The widget's two files, <c>mpp-directory.js</c> and <c>mpp-directory.css</c> in this folder: the addresses they
/// are served at (which city sites link to, so they never change) and their names as resources embedded in the app.
/// </summary>
public static class WidgetAssets
{
    public const string ScriptPath = "/embed/mpp-directory.js";
    public const string StylesheetPath = "/embed/mpp-directory.css";

    private const string Resources = "MppDirectory.Api.Pages.Widget.";
    public const string ScriptResource = Resources + "mpp-directory.js";
    public const string StylesheetResource = Resources + "mpp-directory.css";
}
