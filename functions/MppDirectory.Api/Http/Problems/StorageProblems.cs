namespace MppDirectory.Api.Http.Problems;

public static class StorageProblems
{
    /// <summary>
    /// Marks the routes of a group as reading the directory's storage, whose failures
    /// <see cref="StorageExceptionHandler"/> answers with a 503 problem and <c>Retry-After</c>.
    /// </summary>
    public static RouteGroupBuilder ReadsStorage(this RouteGroupBuilder group) =>
        group.ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
