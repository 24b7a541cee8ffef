using Monitor.Analysis.Inspection.Typo;
using Monitor.Shared;

namespace Monitor.Analysis.Tests.Typo;

public class AcceptanceModelTests
{
    private static AcceptanceModel Shipped() =>
        AcceptanceModel.Load(Path.Combine(RepoPaths.Models(), "typo", AcceptanceModel.FileName))!;

    [Fact]
    public void the_shipped_model_loads_with_a_calibration_table_that_gets_stricter_as_the_rate_falls()
    {
        var model = Shipped();
        Assert.NotEmpty(model.Calibration);
        Assert.True(model.ThresholdFor(0.005) >= model.ThresholdFor(0.02));
        Assert.True(model.ThresholdFor(0.0001) >= model.ThresholdFor(0.001));
    }

    [Fact]
    public void a_tree_goes_left_at_or_below_its_threshold_and_right_above_it()
    {
        // Split on feature 1 at 0.5; left is leaf 0, right leaf 1.
        var tree = new AcceptanceTree([1], [0.5f], [~0], [~1], [-2f, 3f]);
        Assert.Equal(-2f, tree.Score([9f, 0.5f]));
        Assert.Equal(3f, tree.Score([9f, 0.6f]));
    }

    [Fact]
    public void a_missing_model_file_means_no_model()
    {
        Assert.Null(AcceptanceModel.Load(Path.Combine(Path.GetTempPath(), "no-such-acceptance.tsv")));
    }
}
