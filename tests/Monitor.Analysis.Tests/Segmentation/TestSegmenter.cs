using Monitor.Analysis.Segmentation;
using Monitor.Shared;

namespace Monitor.Analysis.Tests.Segmentation;

/// <summary>The segmenter over the checkout's models: one shared read-only instance, or a fresh one for tests that add words.</summary>
internal static class TestSegmenter
{
    private static readonly Lazy<JiebaSegmenter> _shared = new(Fresh);

    public static JiebaSegmenter Shared => _shared.Value;

    public static JiebaSegmenter Fresh() => JiebaSegmenter.Load(RepoPaths.Models());

    public static string Fixture(string name) =>
        Path.Combine(RepoPaths.FindRoot(AppContext.BaseDirectory)!, "tests", "Monitor.Analysis.Tests", "Fixtures", "Segmentation", name);
}
