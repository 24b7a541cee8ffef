using Monitor.Analysis.Inspection;
using Monitor.Shared.Domain;

namespace Monitor.Ingest.Tests.Sweep;

/// <summary>Flags every 按装 (for 安装), so a test can count findings without the real inspectors.</summary>
public sealed class TypoWordInspector : IPostInspector
{
    public string Family => "typo";

    public IEnumerable<InspectorFinding> Inspect(InspectionText text, InspectionContext context)
    {
        for (var i = text.Normalised.IndexOf("按装", StringComparison.Ordinal); i >= 0; i = text.Normalised.IndexOf("按装", i + 2, StringComparison.Ordinal))
        {
            yield return new InspectorFinding("typo.test", FindingKind.Typo, Severity.Warning, i, 2, "疑似错别字：按装→安装", "安装");
        }
    }
}
