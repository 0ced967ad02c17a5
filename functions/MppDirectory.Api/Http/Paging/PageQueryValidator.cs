using FluentValidation;
using MppDirectory.Api.Http.Validation;

namespace MppDirectory.Api.Http.Paging;

/// <summary>The paging rules, included by the validator of every paged list's query.</summary>
public sealed class PageQueryValidator<T> : AbstractValidator<T>
    where T : IPagedQuery
{
    // Deeper pages than this are past any directory of ~500 MPPs; the bound keeps arithmetic safe.
    public const int MaxPage = 100_000;

    public PageQueryValidator()
    {
        RuleFor(q => q.Page).WholeNumber(1, MaxPage).OverridePropertyName("page");
        RuleFor(q => q.PerPage).WholeNumber(1, IPagedQuery.MaxPerPage).OverridePropertyName("per_page");
    }
}
