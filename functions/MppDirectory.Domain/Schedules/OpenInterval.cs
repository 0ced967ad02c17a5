namespace MppDirectory.Domain.Schedules;

/// <summary>One uninterrupted opening; a null <see cref="Closes"/> means it runs past the search horizon.</summary>
internal readonly record struct OpenInterval(DateTimeOffset Opens, DateTimeOffset? Closes);
