using Monitor.Shared.Domain;
using Monitor.Sources;

namespace Monitor.Ingest.Tests.Sources;

public class FetchStatusRecorderTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);
    private readonly FetchStatusRecorder _recorder = new();

    private static FetchException Failure(FetchErrorKind kind = FetchErrorKind.AntiCrawl, TimeSpan? retryAfter = null) =>
        new(kind, "微博（网页）：平台拒绝访问", retryAfter: retryAfter);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    [InlineData(3, 15)]
    [InlineData(4, 30)]
    [InlineData(5, 60)]
    [InlineData(6, 180)]
    [InlineData(7, 360)]
    [InlineData(8, 720)]
    [InlineData(9, 1440)]
    [InlineData(15, 1440)]
    public void each_consecutive_failure_escalates_the_back_off(int failures, int minutes)
    {
        var status = new FetchStatus();
        for (var i = 0; i < failures; i++)
        {
            _recorder.RecordFailure(status, Failure(), Now);
        }

        Assert.Equal(failures, status.ConsecutiveFailures);
        Assert.Equal(Now.AddMinutes(minutes), status.BackoffUntil);
        Assert.True(status.LastAttemptFailed);
        Assert.Equal(FetchErrorKind.AntiCrawl, status.LastErrorKind);
        Assert.Equal("微博（网页）：平台拒绝访问", status.LastError);
    }

    [Fact]
    public void a_longer_retry_after_wins_over_the_escalation_period()
    {
        var status = new FetchStatus();

        _recorder.RecordFailure(status, Failure(FetchErrorKind.RateLimited, TimeSpan.FromMinutes(20)), Now);

        Assert.Equal(Now.AddMinutes(20), status.BackoffUntil);
    }

    [Fact]
    public void a_shorter_retry_after_does_not_shorten_the_escalation()
    {
        var status = new FetchStatus { ConsecutiveFailures = 4 };

        _recorder.RecordFailure(status, Failure(FetchErrorKind.RateLimited, TimeSpan.FromSeconds(30)), Now);

        Assert.Equal(Now.AddHours(1), status.BackoffUntil);
    }

    [Fact]
    public void success_clears_failures_and_keeps_coverage_and_cursor()
    {
        var status = new FetchStatus { ConsecutiveFailures = 3, BackoffUntil = Now.AddHours(1), LastErrorKind = FetchErrorKind.Network, LastError = "x", Cursor = "old" };

        _recorder.RecordSuccess(status, new FetchResult([], Coverage.Partial, null), Now);

        Assert.Equal(0, status.ConsecutiveFailures);
        Assert.Null(status.BackoffUntil);
        Assert.Equal(FetchErrorKind.None, status.LastErrorKind);
        Assert.Null(status.LastError);
        Assert.Equal(Now, status.LastSuccessAt);
        Assert.Equal(Coverage.Partial, status.Coverage);
        Assert.Equal("old", status.Cursor);
        Assert.False(FetchStatusRecorder.IsBackingOff(status, Now));
    }

    [Fact]
    public void an_untyped_exception_is_recorded_as_unknown_without_its_message()
    {
        var status = new FetchStatus();

        _recorder.RecordFailure(status, new InvalidOperationException("secret=abc123"), Now);

        Assert.Equal(FetchErrorKind.Unknown, status.LastErrorKind);
        Assert.DoesNotContain("abc123", status.LastError);
        Assert.True(FetchStatusRecorder.IsBackingOff(status, Now));
    }

    [Fact]
    public void a_long_message_is_cut_to_the_column_length()
    {
        var status = new FetchStatus();

        _recorder.RecordFailure(status, new FetchException(FetchErrorKind.MalformedResponse, new string('错', 5000)), Now);

        Assert.Equal(FetchStatusRecorder.MaxErrorLength, status.LastError!.Length);
    }
}
