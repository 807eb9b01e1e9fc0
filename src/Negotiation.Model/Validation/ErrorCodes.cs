namespace Negotiation.Model;

/// <summary>
/// The stable error codes of every validation failure the library reports: <c>NM</c> and four digits, grouped by concept
/// (10xx identity and log, 11xx references, 20xx parties, 21xx representatives, 22xx topics, 30xx demands,
/// 31xx proposals, 40xx documents, 50xx rounds, 51xx preconditions, 60xx commitments, 70xx statements,
/// 80xx deadlines, 90xx agreements). The validators in <c>Negotiation.Model.Validation</c> report them.
/// </summary>
/// <remarks>
/// Codes are public API: a code keeps its meaning forever, messages may be reworded. <c>ERROR-CODES.md</c>, packed with the
/// library, lists each code with its severity, meaning and an example.
/// </remarks>
public static class ErrorCodes
{
    /// <summary>An id is <c>default</c> (made without a slug).</summary>
    public const string IdMissing = "NM1001";

    /// <summary>Something with the same id is already recorded.</summary>
    public const string DuplicateId = "NM1002";

    /// <summary>A name or title is blank.</summary>
    public const string NameRequired = "NM1003";

    /// <summary>A name or title is longer than 200 characters.</summary>
    public const string NameTooLong = "NM1004";

    /// <summary>A text (quote, demand, provision) is blank.</summary>
    public const string TextRequired = "NM1005";

    /// <summary>A text is longer than 20,000 characters.</summary>
    public const string TextTooLong = "NM1006";

    /// <summary>A time-zone id is not in the tz database.</summary>
    public const string UnknownTimeZone = "NM1007";

    /// <summary>A fact has no usable source (outlet blank).</summary>
    public const string SourceRequired = "NM1008";

    /// <summary>A fact is recorded before it can have happened.</summary>
    public const string RecordedBeforeOccurred = "NM1009";

    /// <summary>A list names the same thing twice.</summary>
    public const string DuplicateEntry = "NM1010";

    /// <summary>A fact was reported before it can have happened.</summary>
    public const string ReportedBeforeOccurred = "NM1011";

    /// <summary>A text holds a NUL or other control character, a lone surrogate or a bidirectional override.</summary>
    public const string ForbiddenCharacter = "NM1012";

    /// <summary>An enum value is none of its type's named members (<c>(Visibility)99</c>).</summary>
    public const string UnknownEnumValue = "NM1013";

    /// <summary>A time is <c>default</c> (1 January 1), which is what a time left out reads as.</summary>
    public const string TimeMissing = "NM1014";

    /// <summary>A text read from outside data is not an id (not a slug).</summary>
    public const string InvalidIdText = "NM1015";

    /// <summary>A text read from outside data names no member of the enum.</summary>
    public const string UnknownEnumName = "NM1016";

    /// <summary>A report of a fact is not usable: its source is blank or it claims no date.</summary>
    public const string InvalidReport = "NM1017";

    /// <summary>A party is referenced but not registered.</summary>
    public const string UnknownParty = "NM1101";

    /// <summary>A representative is referenced but not appointed.</summary>
    public const string UnknownRepresentative = "NM1102";

    /// <summary>A topic is referenced but not defined.</summary>
    public const string UnknownTopic = "NM1103";

    /// <summary>A demand is referenced but not tabled.</summary>
    public const string UnknownDemand = "NM1104";

    /// <summary>A document is referenced but not presented.</summary>
    public const string UnknownDocument = "NM1105";

    /// <summary>A document revision is referenced but does not exist.</summary>
    public const string UnknownRevision = "NM1106";

    /// <summary>A provision is referenced but its revision has no such article.</summary>
    public const string UnknownProvision = "NM1107";

    /// <summary>A round is referenced but not planned.</summary>
    public const string UnknownRound = "NM1108";

    /// <summary>A development is referenced but not recorded.</summary>
    public const string UnknownDevelopment = "NM1109";

    /// <summary>A statement is referenced but not recorded.</summary>
    public const string UnknownStatement = "NM1110";

    /// <summary>A proposal is referenced but not made.</summary>
    public const string UnknownProposal = "NM1111";

    /// <summary>A deadline is referenced but not set.</summary>
    public const string UnknownDeadline = "NM1112";

    /// <summary>An agreement is referenced but not adopted.</summary>
    public const string UnknownAgreement = "NM1113";

    /// <summary>A state's ISO 3166-1 alpha-2 code is not two uppercase letters.</summary>
    public const string InvalidIsoCode = "NM2001";

    /// <summary>Two membership periods of one member in one organisation overlap.</summary>
    public const string MembershipPeriodsOverlap = "NM2002";

    /// <summary>A membership period ends before it starts.</summary>
    public const string MembershipEndsBeforeStart = "NM2003";

    /// <summary>An organisation is listed as its own member.</summary>
    public const string OrganisationIsOwnMember = "NM2004";

    /// <summary>A member of an organisation is a named group; members are states or organisations.</summary>
    public const string MemberIsGroup = "NM2005";

    /// <summary>A named group has no members.</summary>
    public const string GroupEmpty = "NM2006";

    /// <summary>A membership change names a party that is not a member then.</summary>
    public const string NotAMember = "NM2008";

    /// <summary>A membership change names a party that is not an organisation.</summary>
    public const string NotAnOrganisation = "NM2009";

    /// <summary>A named group lists itself as a member.</summary>
    public const string GroupIsOwnMember = "NM2010";

    /// <summary>Two states of one case have the same ISO 3166-1 code.</summary>
    public const string DuplicateIsoCode = "NM2011";

    /// <summary>An organisation is named as part of itself (<see cref="Organisation.PartOf"/>).</summary>
    public const string PartOfItself = "NM2012";

    /// <summary>An organisation is named as part of a named group, which has no bodies (<see cref="Organisation.PartOf"/>).</summary>
    public const string PartOfGroup = "NM2013";

    /// <summary>A representative's term ends before it starts.</summary>
    public const string TermEndsBeforeStart = "NM2101";

    /// <summary>A statement by a representative falls outside their term.</summary>
    public const string StatementOutsideTerm = "NM2102";

    /// <summary>A representative speaks for a party other than their own.</summary>
    public const string SpeaksForOtherParty = "NM2103";

    /// <summary>A representative who has left office is recorded as leaving again.</summary>
    public const string AlreadyLeftOffice = "NM2104";

    /// <summary>A representative holds an office for a named group, which has no offices.</summary>
    public const string RepresentsGroup = "NM2105";

    /// <summary>A topic names itself as its broader topic.</summary>
    public const string TopicIsOwnBroader = "NM2201";

    /// <summary>A demand's author is among its addressees.</summary>
    public const string AuthorAmongAddressees = "NM3001";

    /// <summary>A demand or proposal has no addressee.</summary>
    public const string NoAddressee = "NM3002";

    /// <summary>A demand's or proposal's source (provision or statement) belongs to another party.</summary>
    public const string SourceOfOtherAuthor = "NM3003";

    /// <summary>The demands of one package have different authors.</summary>
    public const string PackageMixesAuthors = "NM3004";

    /// <summary>A demand is withdrawn or replaced, or accepted, after it was withdrawn or replaced.</summary>
    public const string DemandNotOpen = "NM3005";

    /// <summary>A demand is replaced by itself or by another author's demand.</summary>
    public const string InvalidReplacement = "NM3007";

    /// <summary>A demand is replaced by a demand that was itself withdrawn or replaced.</summary>
    public const string ReplacedByClosedDemand = "NM3008";

    /// <summary>A demand is withdrawn or replaced certainly before it was tabled.</summary>
    public const string ClosedBeforeTabled = "NM3009";

    /// <summary>A demand is settled a second time.</summary>
    public const string DemandAlreadySettled = "NM3010";

    /// <summary>A demand is said to conflict with itself or with a demand of the same author.</summary>
    public const string ConflictWithOwnDemand = "NM3011";

    /// <summary>A demand formalises a statement made after the demand was tabled.</summary>
    public const string FormalisesLaterStatement = "NM3012";

    /// <summary>A proposal answers something that is neither a demand, a document nor a proposal.</summary>
    public const string AnswerNotAnOffer = "NM3101";

    /// <summary>A proposal answers itself.</summary>
    public const string ProposalAnswersItself = "NM3102";

    /// <summary>A document has no author.</summary>
    public const string NoAuthor = "NM4006";

    /// <summary>A revision is presented not after the previous one.</summary>
    public const string RevisionsOutOfOrder = "NM4001";

    /// <summary>Two provisions of one revision have the same article number.</summary>
    public const string DuplicateProvisionNumber = "NM4002";

    /// <summary>A document replies to a document that was not presented before it.</summary>
    public const string ReplyToLaterDocument = "NM4003";

    /// <summary>A document is disclosed before it was handed over.</summary>
    public const string DisclosedBeforeHandedOver = "NM4004";

    /// <summary>A document or statement shared with named parties names none.</summary>
    public const string SharedWithNobody = "NM4005";

    /// <summary>A document is disclosed that is already public.</summary>
    public const string AlreadyPublic = "NM4007";

    /// <summary>A document is revised by a party that is not among its authors.</summary>
    public const string RevisedByNonAuthor = "NM4008";

    /// <summary>A confidential document names no addressee, so nobody but its authors may see it.</summary>
    public const string ConfidentialWithoutReaders = "NM4009";

    /// <summary>A document names further readers but is not shared with named parties.</summary>
    public const string ReadersWithoutSharing = "NM4010";

    /// <summary>A document is named as part of itself or as interpreting itself.</summary>
    public const string DocumentRelatedToItself = "NM4011";

    /// <summary>A leaker is named for a document that was published, not leaked.</summary>
    public const string LeakerWithoutLeak = "NM4012";

    /// <summary>A bilateral round does not have exactly two sides.</summary>
    public const string BilateralNeedsTwoSides = "NM5001";

    /// <summary>A multilateral round has two sides, neither of which is an organisation.</summary>
    public const string MultilateralNeedsMoreSides = "NM5002";

    /// <summary>A round's chair is not one of its sides.</summary>
    public const string ChairNotParticipant = "NM5003";

    /// <summary>A round's end is before its start: the actual end before the actual start, or the planned end before the
    /// planned time (also when a reschedule or postponement moves the time past a planned end it does not move).</summary>
    public const string EndBeforeStart = "NM5004";

    /// <summary>A round's status cannot change that way (for example, holding a cancelled round).</summary>
    public const string IllegalStatusChange = "NM5009";

    /// <summary>A round is held although its preconditions are not met.</summary>
    public const string PreconditionsNotMet = "NM5010";

    /// <summary>A round is held while it is undetermined whether its preconditions are met.</summary>
    public const string PreconditionsUndetermined = "NM5011";

    /// <summary>A round names the same party as two sides.</summary>
    public const string DuplicateSide = "NM5012";

    /// <summary>A held or concluded round has no actual start.</summary>
    public const string HeldWithoutActualStart = "NM5013";

    /// <summary>A round that has not been held (including a cancelled one) has an actual start or end.</summary>
    public const string ActualTimesWithoutHolding = "NM5014";

    /// <summary>A delegate is not in office at the round's start (warning).</summary>
    public const string DelegateOutOfOffice = "NM5015";

    /// <summary>A round's preconditions were met when it was recorded held, but facts recorded since (a development
    /// reported late, dated before the round) show they were not (warning): the round went ahead regardless.</summary>
    public const string PreconditionsBrokenLater = "NM5016";

    /// <summary>A trilateral round does not have exactly three sides.</summary>
    public const string TrilateralNeedsThreeSides = "NM5017";

    /// <summary>A role in a round names neither a party nor a person, or both.</summary>
    public const string RoleWithoutHolder = "NM5018";

    /// <summary>A round is named as a session of itself.</summary>
    public const string RoundPartOfItself = "NM5019";

    /// <summary>Someone joins a round before it starts or after it ends.</summary>
    public const string JoinedOutsideRound = "NM5020";

    /// <summary>The preconditions of a round that was held or cancelled are changed.</summary>
    public const string PreconditionsChangedTooLate = "NM5021";

    /// <summary>A party or person takes a role in the negotiation that they already hold (for the same group).</summary>
    public const string RoleAlreadyHeld = "NM5022";

    /// <summary>A party or person leaves a role in the negotiation that they do not hold then.</summary>
    public const string RoleNotHeld = "NM5023";

    /// <summary>A postponement or cancellation gives no reason.</summary>
    public const string ReasonRequired = "NM5006";

    /// <summary>A delegation member does not represent the side's party.</summary>
    public const string DelegateOfOtherParty = "NM5008";

    /// <summary>A round's preconditions require the round itself.</summary>
    public const string PreconditionCycle = "NM5101";

    /// <summary>A round is planned certainly before a round it requires.</summary>
    public const string PlannedBeforeRequiredRound = "NM5102";

    /// <summary>A round is planned possibly before a round it requires: its window does not reach past the other's.</summary>
    public const string PlannedPossiblyBeforeRequiredRound = "NM5103";

    /// <summary>A round's planned time contradicts its not-before or not-after precondition.</summary>
    public const string PlannedOutsideWindow = "NM5104";

    /// <summary>A round requires a round that was cancelled, so it cannot be held as planned (warning).</summary>
    public const string RequiresCancelledRound = "NM5105";

    /// <summary>An all-of or any-of precondition has no parts.</summary>
    public const string EmptyComposite = "NM5106";

    /// <summary>A round's not-before day is after its not-after day, so no day satisfies both.</summary>
    public const string ContradictoryWindow = "NM5107";

    /// <summary>A precondition nests deeper than <see cref="Validation.PreconditionValidator.DepthLimit"/>.</summary>
    public const string PreconditionTooDeep = "NM5108";

    /// <summary>A round breaks a commitment (warning).</summary>
    public const string CommitmentBroken = "NM6001";

    /// <summary>A commitment names no party.</summary>
    public const string CommitmentWithoutParties = "NM6002";

    /// <summary>An acceptance or rejection names no demand, document or proposal it accepts or rejects (warning).</summary>
    public const string StanceWithoutSubject = "NM7001";

    /// <summary>A statement is about a demand or document that was tabled or handed over only after it.</summary>
    public const string StatementBeforeSubject = "NM7002";

    /// <summary>A statement takes a stance on something that is not a demand, document or proposal, or takes "no stance".</summary>
    public const string StanceNotOnOffer = "NM7003";

    /// <summary>A condition is recorded as met where the party holds no conditional acceptance of the subject then.</summary>
    public const string NoConditionPending = "NM7004";

    /// <summary>A deadline is extended to a day not after the one in force.</summary>
    public const string ExtensionNotLater = "NM8001";

    /// <summary>A deadline is extended or met after it was met.</summary>
    public const string DeadlineAlreadyMet = "NM8002";

    /// <summary>A deadline falls due before the day it was set.</summary>
    public const string DueBeforeSet = "NM8003";

    /// <summary>A deadline is extended after the day in force had passed: it lapsed first (warning).</summary>
    public const string ExtendedAfterLapse = "NM8004";

    /// <summary>A deadline is extended or met certainly before it was set.</summary>
    public const string ChangedBeforeSet = "NM8005";

    /// <summary>An approximately stated deadline's day is not the last day of its window.</summary>
    public const string DueOutsideWindow = "NM8006";

    /// <summary>A deadline is closed as met, missed or pending: only overtaken and abandoned close one.</summary>
    public const string ClosureNotOvertakenOrAbandoned = "NM8007";

    /// <summary>A deadline is extended without a party its rule requires for an extension (warning).</summary>
    public const string ExtensionWithoutRequiredParty = "NM8008";

    /// <summary>An extension's conditional day is conditioned on the deadline it extends.</summary>
    public const string BranchOnOwnDeadline = "NM8009";

    /// <summary>A deadline's day is not the one its rule gives (a length after a dated development).</summary>
    public const string DueNotByRule = "NM8010";

    /// <summary>A step is taken by a party that is not party to the agreement.</summary>
    public const string StepByNonParty = "NM9001";

    /// <summary>A party ratifies before it signs.</summary>
    public const string RatifiedBeforeSigned = "NM9002";

    /// <summary>A party takes the same step twice.</summary>
    public const string StepRepeated = "NM9003";

    /// <summary>An agreement step is not dated to the day.</summary>
    public const string StepNotDatedToTheDay = "NM9004";

    /// <summary>A per-party step names no party.</summary>
    public const string StepWithoutParty = "NM9005";

    /// <summary>An agreement names no party.</summary>
    public const string AgreementWithoutParties = "NM9006";

    /// <summary>An agreement step counts no party, counts several while naming one, or carries a tally out of range.</summary>
    public const string StepCountInvalid = "NM9007";

    /// <summary>A milestone rule refers to a milestone the agreement does not define.</summary>
    public const string UnknownMilestone = "NM9008";

    /// <summary>Milestone rules refer to one another in a cycle.</summary>
    public const string MilestoneCycle = "NM9009";
}
