namespace MppDirectory.Api.Http;

/// <summary>
/// A HEAD answer carries the headers the GET would, <c>Content-Length</c> included: the body the
/// endpoint writes is counted and dropped rather than sent. HEAD describes the identity bytes, so it
/// asks for no content coding.
/// </summary>
public sealed class HeadResponseMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        context.Request.Headers.AcceptEncoding = default;
        var original = context.Response.Body;
        await using var counter = new CountingStream();
        context.Response.Body = counter;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (!context.Response.HasStarted && context.Response.ContentLength is null && context.Response.StatusCode == StatusCodes.Status200OK)
        {
            context.Response.ContentLength = counter.Length;
        }
    }

    /// <summary>Counts what is written and keeps none of it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
