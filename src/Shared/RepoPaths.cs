namespace Monitor.Shared;

/// <summary>
/// Locates the checkout (the folder holding <c>models/</c> and <c>Monitor.sln</c>) so that
/// <c>dotnet run --project src/…</c> and the tests share one <c>data/</c> and one <c>models/</c>.
/// </summary>
public static class RepoPaths
{
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

    /// <summary>The models folder: <c>MONITOR_MODELS</c> if set, else the checkout's, else one beside the binaries.</summary>
    public static string Models()
    {
        var env = Environment.GetEnvironmentVariable("MONITOR_MODELS");
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }
        var root = FindRoot(AppContext.BaseDirectory) ?? FindRoot(Directory.GetCurrentDirectory());
        return root is not null ? Path.Combine(root, "models") : Path.Combine(AppContext.BaseDirectory, "models");
    }

    /// <summary>The <c>data/</c> folder of the checkout (or of the working directory), created if missing.</summary>
    public static string DataDirectory(string? start = null)
    {
        var root = FindRoot(start ?? AppContext.BaseDirectory) ?? FindRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var dir = Path.Combine(root, "data");
        Directory.CreateDirectory(dir);
        return dir;
    }
}
