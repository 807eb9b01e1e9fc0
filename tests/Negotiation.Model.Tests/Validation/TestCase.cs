using FluentValidation;
using FluentValidation.Results;
using FluentValidation.TestHelper;
using Negotiation.Model.Validation;
using NodaTime;

namespace Negotiation.Model.Tests.Validation;

/// <summary>
/// A small, valid case built through facts only, with the ids the validation tests use, and helpers that record facts
/// and run validators against the case.
/// </summary>
/// <remarks>
/// Every fact is dated in December 2021 and recorded and reported in June 2022, so the log rules hold unless a test
/// breaks them on purpose.
/// </remarks>
internal static class TestCase
{
    public static readonly PartyId Russia = new("russia");
    public static readonly PartyId Usa = new("usa");
    public static readonly PartyId Ukraine = new("ukraine");
    public static readonly PartyId France = new("france");
    public static readonly PartyId Nato = new("nato");
    public static readonly PartyId Eu = new("eu");
    public static readonly PartyId TheWest = new("the-west");

    public static readonly TopicId EuropeanSecurity = new("european-security");
    public static readonly TopicId SecurityGuarantees = new("security-guarantees");
    public static readonly TopicId NatoEnlargement = new("nato-enlargement");
    public static readonly TopicId ArmsControl = new("arms-control");

    public static readonly RepresentativeId Lavrov = new("lavrov");
    public static readonly RepresentativeId Ryabkov = new("ryabkov");
    public static readonly RepresentativeId Blinken = new("blinken");
    public static readonly RepresentativeId Pompeo = new("pompeo");

    public static readonly DocumentId RuUsDraft = new("ru-us-draft");
    public static readonly DocumentId RuNatoDraft = new("ru-nato-draft");

    public static readonly DemandId LegalGuarantees = new("legal-guarantees");
    public static readonly DemandId NoEnlargement = new("no-enlargement");

    public static readonly StatementId RyabkovWarning = new("ryabkov-warning");

    public static readonly RoundId Bilateral = new("ru-us-2022-01");
    public static readonly RoundId RussiaNato = new("ru-nato-2022-01");

    /// <summary>When every fact is recorded.</summary>
    public static readonly Instant Recorded = Instant.FromUtc(2022, 6, 1, 12, 0);

    /// <summary>Where every fact comes from.</summary>
    public static readonly Source Reuters = new("Reuters", new LocalDate(2022, 6, 1));

    /// <summary>Gets the case: states, NATO and the EU with members, a group, topics, representatives, two Russian drafts
    /// with a demand each, a bilateral round in early January 2022 and a Russia–NATO round in January that requires it,
    /// and a statement by Ryabkov.</summary>
    public static NegotiationCase Base { get; } = Build();

    public static LocalDate Day(int year, int month, int day) => new(year, month, day);

    public static Moment Dec(int day) => Moment.On(new LocalDate(2021, 12, day));

    public static NegotiationCase Given(this NegotiationCase negotiation, params Fact[] facts)
    {
        var result = negotiation.RecordAll(facts);
        result.Errors.Should().BeEmpty("the test's own setup must be valid: {0}", result);
        return result.Case;
    }

    /// <summary>Validates an entity against a case with FluentValidation's test helper.</summary>
    public static TestValidationResult<T> TestValidate<T>(this IValidator<T> validator, T instance, NegotiationCase negotiation, params string[] ruleSets) =>
        validator.TestValidate(CaseValidation.CreateContext(instance, negotiation, ruleSets));

    /// <summary>Wraps the failures of a change for FluentValidation's test helper.</summary>
    public static TestValidationResult<Fact> Failures(this ChangeResult result) => new(new ValidationResult(result.Failures));

    /// <summary>Asserts one failure with this code and severity at this path, which says what is wrong (its message is not
    /// blank).</summary>
    public static ITestValidationWith ShouldFail<T>(this TestValidationResult<T> result, string path, string code, Severity severity = Severity.Error) =>
        result.ShouldHaveValidationErrorFor(path).WithErrorCode(code).WithSeverity(severity)
            .When(f => !string.IsNullOrWhiteSpace(f.ErrorMessage), $"The {code} failure at {path} has no message.");

    public static PartyRegistered Registered(Party party) => new() { Party = party, Occurred = Dec(1), Recorded = Recorded, Source = Reuters };

    public static TopicDefined Defined(Topic topic) => new() { Topic = topic, Occurred = Dec(1), Recorded = Recorded, Source = Reuters };

    public static RepresentativeAppointed Appointed(Representative representative) =>
        new() { Representative = representative, Occurred = Dec(1), Recorded = Recorded, Source = Reuters };

    public static DocumentPresented Presented(Document document, Moment on, params Provision[] provisions) =>
        new() { Document = document, Provisions = [.. provisions], Occurred = on, Recorded = Recorded, Source = Reuters };

    public static DemandTabled Tabled(Demand demand, Moment? on = null) =>
        new() { Demand = demand, Occurred = on ?? Dec(17), Recorded = Recorded, Source = Reuters };

    public static ProposalMade Made(Proposal proposal) => new() { Proposal = proposal, Occurred = Dec(21), Recorded = Recorded, Source = Reuters };

    public static StatementMade Said(Statement statement, Moment on) => new() { Statement = statement, Occurred = on, Recorded = Recorded, Source = Reuters };

    public static RoundPlanned Planned(Round round) => new() { Round = round, Occurred = Dec(21), Recorded = Recorded, Source = Reuters };

    public static CommitmentMade Committed(Commitment commitment) => new() { Commitment = commitment, Occurred = Dec(20), Recorded = Recorded, Source = Reuters };

    public static DeadlineSet DeadlineSet(Deadline deadline, Moment on) => new() { Deadline = deadline, Occurred = on, Recorded = Recorded, Source = Reuters };

    public static DevelopmentOccurred Happened(Development development, Moment on) =>
        new() { Development = development, Occurred = on, Recorded = Recorded, Source = Reuters };

    public static AgreementAdopted Adopted(Agreement agreement) => new() { Agreement = agreement, Occurred = Dec(30), Recorded = Recorded, Source = Reuters };

    public static RoundHeld Held(RoundId round, Moment on, Moment? ended = null) =>
        new() { Round = round, Ended = ended, Occurred = on, Recorded = Recorded, Source = Reuters };

    public static RoundCancelled Cancelled(RoundId round, string reason) =>
        new() { Round = round, Reason = reason, Occurred = Dec(28), Recorded = Recorded, Source = Reuters };

    public static Organisation NatoParty => new(Nato, "NATO", OrganisationKind.Alliance,
        [new Membership(Usa, Day(1949, 4, 4)), new Membership(France, Day(1949, 4, 4))]);

    public static Round BilateralRound => new(Bilateral, RoundFormat.Bilateral, [Russia, Usa], DateWindow.EarlyIn(new YearMonth(2022, 1)))
    {
        Agenda = new Agenda { Topics = [SecurityGuarantees] },
    };

    public static Round RussiaNatoRound => new(RussiaNato, RoundFormat.Multilateral, [Russia, Nato], DateWindow.In(new YearMonth(2022, 1)))
    {
        Precondition = Precondition.RoundHeld(Bilateral),
    };

    /// <summary>The stored form of an entity of the base case, as validators see it.</summary>
    public static Round StoredRound(RoundId id) => Base.Rounds[id];

    private static NegotiationCase Build() =>
        NegotiationCase.Create(new CaseId("validation-tests"), "Validation tests").Given(
            Registered(new State(Russia, "Russia", "RU")),
            Registered(new State(Usa, "United States", "US")),
            Registered(new State(Ukraine, "Ukraine", "UA")),
            Registered(new State(France, "France", "FR")),
            Registered(NatoParty),
            Registered(new Organisation(Eu, "European Union", OrganisationKind.Union, [new Membership(France, Day(1958, 1, 1))])),
            Registered(new PartyGroup(TheWest, "The West", [Usa, France])),
            Defined(new Topic(EuropeanSecurity, "European security")),
            Defined(new Topic(SecurityGuarantees, "Security guarantees", EuropeanSecurity)),
            Defined(new Topic(NatoEnlargement, "NATO enlargement", EuropeanSecurity)),
            Defined(new Topic(ArmsControl, "Arms control")),
            Appointed(new Representative(Lavrov, "Sergei Lavrov", "Foreign Minister", Russia, new TermOfOffice(Day(2004, 3, 9)))),
            Appointed(new Representative(Ryabkov, "Sergei Ryabkov", "Deputy Foreign Minister", Russia, new TermOfOffice(Day(2008, 8, 1)))),
            Appointed(new Representative(Blinken, "Antony Blinken", "Secretary of State", Usa, new TermOfOffice(Day(2021, 1, 26)))),
            Appointed(new Representative(Pompeo, "Mike Pompeo", "Secretary of State", Usa, new TermOfOffice(Day(2018, 4, 26), Day(2021, 1, 20)))),
            Presented(
                new Document(RuUsDraft, DocumentKind.DraftTreaty, "Treaty on security guarantees", [Russia], [Usa]),
                Dec(17),
                new Provision("1", "The Parties shall cooperate on the basis of indivisible security."),
                new Provision("4", "The United States shall prevent further eastward expansion of NATO.")),
            Presented(
                new Document(RuNatoDraft, DocumentKind.DraftAgreement, "Agreement on measures to ensure security", [Russia], [Nato]),
                Dec(17),
                new Provision("4", "No deployment of forces in the territory of other states."),
                new Provision("6", "NATO shall refrain from any further enlargement.")),
            Tabled(new Demand(LegalGuarantees, Russia, [Usa], "Legally binding guarantees of Russia's security.")
            {
                Kind = DemandKind.LegalGuarantee,
                Topics = [SecurityGuarantees],
                Source = DemandSource.InProvision(RuUsDraft, 1, "1"),
                Package = "security-guarantees",
            }),
            Tabled(new Demand(NoEnlargement, Russia, [Nato], "NATO must not admit new members.")
            {
                Kind = DemandKind.Prohibition,
                Topics = [NatoEnlargement],
                Source = DemandSource.InProvision(RuNatoDraft, 1, "6"),
                Package = "security-guarantees",
            }),
            Said(new Statement(RyabkovWarning, Russia, StatementKind.Warning, "We will respond militarily if our concerns are ignored.")
            {
                Speaker = Ryabkov,
                About = [SubjectRef.Demand(LegalGuarantees)],
            }, Dec(21)),
            Planned(BilateralRound),
            Planned(RussiaNatoRound));
}
