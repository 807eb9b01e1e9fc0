namespace Negotiation.Model.Benchmarks.Generation;

/// <summary>The named sizes of generated negotiations (issue 6).</summary>
public enum CaseSize
{
    /// <summary>The seed case: the 22 December 2021 article, about a hundred facts.</summary>
    S,

    /// <summary>50 parties, 1,000 demands, 200 rounds, 10,000 logged facts.</summary>
    M,

    /// <summary>200 parties, 10,000 demands, 2,000 rounds in precondition chains, 100,000 logged facts.</summary>
    L,
}
