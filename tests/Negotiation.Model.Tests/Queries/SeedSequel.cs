using NodaTime;
using static Negotiation.Model.Tests.Scenarios.SecurityGuarantees2021;

namespace Negotiation.Model.Tests.Queries;

/// <summary>
/// What followed the seed article (<see cref="Scenarios.SecurityGuarantees2021"/>), for the questions the article alone
/// cannot exercise: Russia's publication of both drafts on 17 December (learned on the 23rd), the Geneva round on 10
/// January and the Brussels round on 12 January, the confidential US written response of 26 January, shared with NATO
/// and leaked by El País on 2 February, and Finland joining NATO in April 2023.
/// </summary>
/// <remarks>
/// Each fact is recorded when it was learned, after the article, so the log is out of order in valid time (the
/// publication of the 17th comes after facts of the 22nd): "as of" meets late facts.
/// </remarks>
internal static class SeedSequel
{
    public static readonly PartyId France = new("france");
    public static readonly PartyId Poland = new("poland");
    public static readonly PartyId Estonia = new("estonia");
    public static readonly PartyId Finland = new("finland");
    public static readonly PartyId NorthMacedonia = new("north-macedonia");

    public static readonly DocumentId UsResponse = new("us-written-response");

    public static readonly LocalDate December16 = new(2021, 12, 16);
    public static readonly LocalDate Published = new(2021, 12, 17);
    public static readonly LocalDate January31 = new(2022, 1, 31);
    public static readonly LocalDate Leaked = new(2022, 2, 2);

    public static readonly Moment Geneva = Moment.InZone(new LocalDateTime(2022, 1, 10, 9, 0), "Europe/Zurich");
    public static readonly Moment Brussels = Moment.InZone(new LocalDateTime(2022, 1, 12, 10, 0), "Europe/Brussels");

    private static readonly Lazy<NegotiationCase> Built = new(() => Record(Case, Facts()));

    /// <summary>Gets the seed case followed by the sequel.</summary>
    public static NegotiationCase WithSequel => Built.Value;

    /// <summary>Records facts one by one, failing with the errors if any is refused.</summary>
    public static NegotiationCase Record(NegotiationCase negotiation, IEnumerable<Fact> facts)
    {
        foreach (var fact in facts)
        {
            var result = negotiation.Record(fact);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{fact.GetType().Name} was refused: {result}");
            }

            negotiation = result.Case;
        }

        return negotiation;
    }

    public static Instant At(int year, int month, int day, int hour) => Instant.FromUtc(year, month, day, hour, 0);

    public static Source Reuters(LocalDate day) => new("Reuters", day);

    public static IEnumerable<Fact> Facts()
    {
        // 17 December: Russia's foreign ministry publishes both drafts (the model learns it on the 23rd).
        foreach (var draft in new[] { DraftAgreementWithNato, DraftTreatyWithUs })
        {
            yield return new DocumentDisclosed { Document = draft, How = Disclosure.Published, Occurred = Published, Recorded = At(2021, 12, 23, 9), Source = Reuters(Published) };
        }

        // 28 December: the dates are fixed, Geneva for the bilateral round, Brussels for the NATO–Russia Council.
        var fixedOn = new LocalDate(2021, 12, 28);
        yield return new RoundRescheduled { Round = BilateralRound, Planned = Geneva, Occurred = fixedOn, Recorded = At(2021, 12, 28, 15), Source = Reuters(fixedOn) };
        yield return new RoundRescheduled { Round = NatoRound, Planned = Brussels, Occurred = fixedOn, Recorded = At(2021, 12, 28, 15), Source = Reuters(fixedOn) };
        yield return new RoundAgreed { Round = NatoRound, Occurred = fixedOn, Recorded = At(2021, 12, 28, 15), Source = Reuters(fixedOn) };

        // 10 January: the Geneva round is held.
        var tenth = new LocalDate(2022, 1, 10);
        yield return new RoundHeld { Round = BilateralRound, Ended = Moment.InZone(new LocalDateTime(2022, 1, 10, 17, 0), "Europe/Zurich"), Occurred = Geneva, Recorded = At(2022, 1, 10, 19), Source = Reuters(tenth) };

        // 26 January: the US written response, confidential but shared with the allies; 2 February: leaked by El País.
        var delivered = new LocalDate(2022, 1, 26);
        yield return new DocumentPresented
        {
            Document = new Document(UsResponse, DocumentKind.WrittenResponse, "US response to Russia's draft treaty", [UnitedStates], [Russia])
            {
                RepliesTo = DraftTreatyWithUs,
                Visibility = Visibility.SharedWithNamedParties,
                SharedWith = [Nato],
            },
            Provisions = [new Provision("1", "The United States is ready to discuss reciprocal transparency on exercises.")],
            Occurred = delivered,
            Recorded = At(2022, 1, 26, 20),
            Source = Reuters(delivered),
        };
        yield return new DocumentDisclosed { Document = UsResponse, How = Disclosure.Leaked, Occurred = Leaked, Recorded = At(2022, 2, 2, 12), Source = new Source("El País", Leaked) };

        // 4 April 2023: Finland joins NATO.
        var joined = new LocalDate(2023, 4, 4);
        yield return new MembershipBegan { Organisation = Nato, Member = Finland, Joined = joined, Occurred = joined, Recorded = At(2023, 4, 4, 12), Source = Reuters(joined) };
    }
}
