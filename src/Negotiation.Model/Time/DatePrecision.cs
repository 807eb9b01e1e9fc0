namespace Negotiation.Model;

/// <summary>How precisely a <see cref="DateWindow"/> states when something happens.</summary>
public enum DatePrecision
{
    /// <summary>One calendar day ("on 21 December 2021", "Tuesday").</summary>
    Day,

    /// <summary>One ISO week, Monday to Sunday ("last week", "the week of 13 December").</summary>
    Week,

    /// <summary>Days 1 to 10 of a month ("at the very beginning of January", "early January").</summary>
    EarlyMonth,

    /// <summary>Days 11 to 20 of a month ("mid-January").</summary>
    MidMonth,

    /// <summary>Day 21 to the end of a month ("late January").</summary>
    LateMonth,

    /// <summary>A whole calendar month ("in January").</summary>
    Month,

    /// <summary>A calendar quarter ("in the first quarter").</summary>
    Quarter,

    /// <summary>January to April ("early next year").</summary>
    EarlyYear,

    /// <summary>May to August ("mid-year").</summary>
    MidYear,

    /// <summary>September to December ("late in the year").</summary>
    LateYear,

    /// <summary>A whole calendar year ("next year").</summary>
    Year,

    /// <summary>Any other range of days ("between 10 and 12 January").</summary>
    Range,
}
