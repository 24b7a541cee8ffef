using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Shared;

namespace Monitor.Analysis.Inspection.Misstatement;

/// <summary>
/// Holds the current lexicon. Loaded at start; when an admin edits a file in the lexicon folder, the next
/// inspection after <see cref="MisstatementOptions.ReloadCheckInterval"/> reloads it (no release needed). A file that
/// fails to load is logged and the previous version stays in use. Thread-safe: readers get an immutable snapshot.
/// </summary>
public sealed class MisstatementLexiconProvider
{
    private readonly string _folder;
    private readonly TimeSpan _interval;
    private readonly ILogger<MisstatementLexiconProvider> _logger;
    private readonly TimeProvider _time;
    private readonly Lock _reloading = new();
    private volatile MisstatementMatchers _current;
    private DateTime _stamp;
    private long _nextCheck;

    public MisstatementLexiconProvider(IOptions<MisstatementOptions> options, ILogger<MisstatementLexiconProvider> logger, TimeProvider time)
    {
        _folder = options.Value.LexiconFolder ?? Path.Combine(RepoPaths.Models(), "lexicon");
        _interval = options.Value.ReloadCheckInterval;
        _logger = logger;
        _time = time;
        _stamp = Stamp();
        _current = new MisstatementMatchers(MisstatementLexicon.Load(_folder));
        _nextCheck = NextCheck();
    }

    public MisstatementLexicon Lexicon => Current.Lexicon;

    internal MisstatementMatchers Current
    {
        get
        {
            if (_time.GetUtcNow().UtcTicks >= Interlocked.Read(ref _nextCheck))
            {
                ReloadIfChanged();
            }
            return _current;
        }
    }

    /// <summary>Reloads when a file changed since the last load; returns true when a new version is in use.</summary>
    public bool ReloadIfChanged()
    {
        lock (_reloading)
        {
            Interlocked.Exchange(ref _nextCheck, NextCheck());
            var stamp = Stamp();
            if (stamp == _stamp)
            {
                return false;
            }
            try
            {
                _current = new MisstatementMatchers(MisstatementLexicon.Load(_folder));
                _stamp = stamp;
                _logger.LogInformation("Misstatement lexicon {Version} loaded from {Folder}", _current.Lexicon.Version, _folder);
                return true;
            }
            catch (Exception ex) when (ex is IOException or FormatException or IndexOutOfRangeException or UnauthorizedAccessException)
            {
                _logger.LogError(ex, "Misstatement lexicon in {Folder} failed to load; version {Version} stays in use", _folder, _current.Lexicon.Version);
                return false;
            }
        }
    }

    private long NextCheck() => (_time.GetUtcNow() + _interval).UtcTicks;

    private DateTime Stamp() => Directory.EnumerateFiles(_folder, "*.tsv").Select(File.GetLastWriteTimeUtc).DefaultIfEmpty().Max();
}
