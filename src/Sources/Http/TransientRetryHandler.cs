using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Monitor.Sources.Http;

/// <summary>
/// Retries transient answers with exponential back-off and jitter, each attempt under its own timeout: 5xx, network
/// errors, timeouts, and 2xx bodies the platform marks "busy" (<paramref name="busyAnswer"/> names them, e.g. WeChat
/// errcode -1). Anti-crawl answers, refusals and 429 are not retried: they are answers, and retrying digs deeper.
/// After the last attempt the exception is left for the source to type (<see cref="PostSourceBase"/>).
/// </summary>
public sealed class TransientRetryHandler(ConnectorOptions options, Func<string, string?> busyAnswer) : DelegatingHandler
{
    private readonly ResiliencePipeline _pipeline = BuildPipeline(options);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Content is not null)
        {
            // The same request is sent again on retry: its body must be readable more than once.
            await request.Content.LoadIntoBufferAsync(ct);
        }
        return await _pipeline.ExecuteAsync(async token =>
        {
            var response = await base.SendAsync(request, token);
            if ((int)response.StatusCode >= 500)
            {
                var status = response.StatusCode;
                response.Dispose();
                throw new TransientHttpException(status);
            }
            await response.Content.LoadIntoBufferAsync(token);
            if (busyAnswer(await response.Content.ReadAsStringAsync(token)) is { } busy)
            {
                response.Dispose();
                throw new TransientAnswerException(busy);
            }
            return response;
        }, ct);
    }

    /// <summary>The one retry-and-timeout policy of every connector: this handler's (Refit clients) and <c>HttpPostSource</c>'s.</summary>
    internal static ResiliencePipeline BuildPipeline(ConnectorOptions options)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.RetryCount > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                // Anti-crawl, refusals and 429 are answers, not accidents: retrying them only digs deeper.
                ShouldHandle = new PredicateBuilder()
                    .Handle<TransientHttpException>()
                    .Handle<TransientAnswerException>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>(),
                MaxRetryAttempts = options.RetryCount,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }
        return builder.AddTimeout(options.Timeout).Build();
    }
}
