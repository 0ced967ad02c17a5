using FluentValidation;
using MppDirectory.Api.Http.Validation;

namespace MppDirectory.Api.Http.Paging;

/// <summary>The paging rules of every list.</summary>
public sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    // Deeper pages than this are past any directory of ~500 MPPs; the bound keeps arithmetic safe.
    public const int MaxPage = 100_000;

    public PageQueryValidator()
    {
        RuleFor(q => q.Page).WholeNumber(1, MaxPage).OverridePropertyName("page");
        RuleFor(q => q.PerPage).WholeNumber(1, PageQuery.MaxPerPage).OverridePropertyName("per_page");
    }
}
