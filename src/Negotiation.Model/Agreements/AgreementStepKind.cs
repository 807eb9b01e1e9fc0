namespace Negotiation.Model;

/// <summary>A step in the life of an agreed text.</summary>
public enum AgreementStepKind
{
    /// <summary>The parties concluded negotiations on the text.</summary>
    Conclusion,

    /// <summary>A body endorsed the text.</summary>
    Endorsement,

    /// <summary>A party initialled the text.</summary>
    Initialling,

    /// <summary>A party signed the text.</summary>
    Signature,

    /// <summary>A party ratified the text.</summary>
    Ratification,

    /// <summary>A party gave notice of withdrawal.</summary>
    WithdrawalNotice,

    /// <summary>A body adopted the text (for an agreement recorded as a draft with <see cref="AgreementDrafted"/>).</summary>
    Adoption,

    /// <summary>A party accepted the text: consent to be bound, without signature first.</summary>
    Acceptance,

    /// <summary>A party approved the text: consent to be bound, without signature first.</summary>
    Approval,

    /// <summary>A party acceded to the text: consent to be bound by a party that did not sign.</summary>
    Accession,

    /// <summary>A party or its parliament rejected the text (a vote lost).</summary>
    Rejection,

    /// <summary>The parties agreed by mutual consent that a milestone (<see cref="AgreementStep.Milestone"/>) takes place on
    /// the step's day, earlier than its rule would give.</summary>
    MutualConsent,
}

/// <summary>What the kinds of step mean.</summary>
public static class AgreementStepKinds
{
    /// <summary>Is the step a party's consent to be bound (ratification, acceptance, approval or accession)?</summary>
    /// <param name="kind">The kind of step.</param>
    /// <returns><see langword="true"/> for the four kinds of consent.</returns>
    public static bool IsConsent(this AgreementStepKind kind) =>
        kind is AgreementStepKind.Ratification or AgreementStepKind.Acceptance or AgreementStepKind.Approval or AgreementStepKind.Accession;

    /// <summary>Is the step a party's own (it names the party, or counts unnamed parties)?</summary>
    /// <param name="kind">The kind of step.</param>
    /// <returns><see langword="true"/> for initialling, signature, consent, withdrawal notice and rejection.</returns>
    public static bool IsPerParty(this AgreementStepKind kind) =>
        kind is AgreementStepKind.Initialling or AgreementStepKind.Signature or AgreementStepKind.WithdrawalNotice or AgreementStepKind.Rejection || kind.IsConsent();
}
