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
}
