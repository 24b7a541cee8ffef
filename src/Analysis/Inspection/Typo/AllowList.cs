namespace Monitor.Analysis.Inspection.Typo;

/// <summary>
/// Words a reviewer has allowed ("dismiss and allow"): never flagged as typos again. Starts from
/// <c>models/typo/allow.txt</c>; <see cref="Add"/> and <see cref="Remove"/> change it at run time (thread-safe, copy on
/// write, readers never lock). Persisting them is the caller's business: the dashboard stores them and adds them back on
/// start. The file's words are the shipped baseline and cannot be removed at run time.
/// </summary>
public sealed class AllowList
{
    public const string FileName = "allow.txt";
    private readonly Lock _writeLock = new();
    private volatile WordSet _words;
    private readonly WordSet _baseline;

    public AllowList(IEnumerable<string> words) => _words = _baseline = new WordSet(words.Select(w => w.Trim()));

    internal WordSet Current => _words;

    public int Count => _words.Count;

    public bool Contains(string word) => _words.Contains(word.Trim());

    /// <summary>Allows a word; returns false when it was already allowed or is empty.</summary>
    public bool Add(string word)
    {
        word = word.Trim();
        if (word.Length == 0)
        {
            return false;
        }
        lock (_writeLock)
        {
            if (_words.Contains(word))
            {
                return false;
            }
            _words = new WordSet(_words.Words.Append(word));
            return true;
        }
    }

    /// <summary>Stops allowing a word added at run time; returns false when it was not allowed or is a baseline word.</summary>
    public bool Remove(string word)
    {
        word = word.Trim();
        lock (_writeLock)
        {
            if (_baseline.Contains(word) || !_words.Contains(word))
            {
                return false;
            }
            _words = new WordSet(_words.Words.Where(w => w != word));
            return true;
        }
    }

    /// <summary>
    /// Makes <paramref name="added"/> the whole of the words allowed at run time (the file's words stay): one rebuild
    /// for a whole list read from storage, where adding and removing word by word would rebuild once a word.
    /// </summary>
    public void Replace(IEnumerable<string> added)
    {
        var words = _baseline.Words.Concat(added.Select(w => w.Trim()));
        lock (_writeLock)
        {
            _words = new WordSet(words);
        }
    }

    /// <summary>Reads an allow-list file: one word a line, <c>#</c> starts a comment line.</summary>
    public static AllowList Load(string path) => new(File.Exists(path)
        ? File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#')
        : []);
}
