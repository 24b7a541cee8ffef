namespace Monitor.Shared;

/// <summary>
/// Bound to <c>Monitor:Paths</c>: where the product reads its data files and writes its database. Every value is
/// optional; the defaults are the folders of the checkout (<c>models/</c>, <c>data/</c>, <c>corpus/</c>, <c>demo/</c>),
/// found once by walking up from the binaries to the folder holding <c>Monitor.sln</c>.
/// </summary>
public sealed class PathsOptions
{
    public const string Section = "Monitor:Paths";

    /// <summary>Dictionaries, lexicons and language models (also <c>MONITOR_MODELS</c>).</summary>
    public string? Models { get; set; }

    /// <summary>The embedded SQLite database and files derived at run time.</summary>
    public string? Data { get; set; }

    /// <summary>Training and benchmark text for the tools.</summary>
    public string? Corpus { get; set; }

    /// <summary>The demo register and posts loaded into an empty database.</summary>
    public string? Demo { get; set; }
}
