using Azure;

namespace MppDirectory.Tables;

/// <summary>Pages through a query, following continuation tokens until the service returns none.</summary>
internal sealed class TableQueryPageable(
    Func<string?, int?, CancellationToken, Task<Page<TableEntity>>> fetchPage,
    int? maxPerPage,
    CancellationToken cancellationToken)
    : AsyncPageable<TableEntity>(cancellationToken)
{
    public override async IAsyncEnumerable<Page<TableEntity>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        do
        {
            var page = await fetchPage(continuationToken, pageSizeHint ?? maxPerPage, CancellationToken).ConfigureAwait(false);
            yield return page;
            continuationToken = page.ContinuationToken;
        }
        while (continuationToken is not null);
    }
}
