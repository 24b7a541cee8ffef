namespace Monitor.Shared;

/// <summary>
/// The product's folders, resolved once: from <see cref="PathsOptions"/> when configured (bound at start by
/// <c>AddMonitorData()</c>), else from the checkout (the folder holding <c>models/</c> and <c>Monitor.sln</c>), so that
/// <c>dotnet run --project src/…</c> and the tests share one <c>data/</c> and one <c>models/</c>.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string?> Root = new(() => FindRoot(AppContext.BaseDirectory) ?? FindRoot(Directory.GetCurrentDirectory()));
    private static PathsOptions _configured = new();

    /// <summary>Takes the configured locations; called once at start, before anything reads a model.</summary>
    public static void Configure(PathsOptions options) => _configured = options;

    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Monitor.sln")) && Directory.Exists(Path.Combine(dir.FullName, "models")))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    /// <summary>The models folder: configured, else <c>MONITOR_MODELS</c>, else the checkout's, else one beside the binaries.</summary>
    public static string Models()
    {
        if (!string.IsNullOrEmpty(_configured.Models))
        {
            return _configured.Models;
        }
        var env = Environment.GetEnvironmentVariable("MONITOR_MODELS");
        return !string.IsNullOrEmpty(env) ? env : InCheckout("models");
    }

    /// <summary>The data folder (configured, else the checkout's <c>data/</c>, else one under <paramref name="start"/>), created if missing.</summary>
    public static string DataDirectory(string? start = null)
    {
        var dir = _configured.Data
            ?? (Root.Value is { } root ? Path.Combine(root, "data")
                : Path.Combine(FindRoot(start ?? Directory.GetCurrentDirectory()) ?? start ?? Directory.GetCurrentDirectory(), "data"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>A file of the training/benchmark corpus (default <c>corpus/</c> of the checkout).</summary>
    public static string Corpus(string file) => Path.Combine(_configured.Corpus ?? InCheckout("corpus"), file);

    /// <summary>The demo folder (default <c>demo/</c> of the checkout).</summary>
    public static string Demo() => _configured.Demo ?? InCheckout("demo");

    private static string InCheckout(string folder) =>
        Root.Value is { } root ? Path.Combine(root, folder) : Path.Combine(AppContext.BaseDirectory, folder);
}
