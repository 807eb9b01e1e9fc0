using Negotiation.Model.Tests.TestSupport;
using NodaTime;

namespace Negotiation.Model.Tests.Hardening;

/// <summary>Dates in another calendar are converted to ISO where they enter (the same day), so recording and every later
/// question answer as for the ISO date, instead of NodaTime's "cannot compare dates of different calendars".</summary>
public sealed class CalendarTests
{
    // 9 December 2021 in the Julian calendar is 22 December 2021 (ISO), the article's day.
    private static readonly LocalDate JulianArticleDay = new(2021, 12, 9, CalendarSystem.Julian);
    private static readonly LocalDate JulianEarlyJanuary = new(2021, 12, 20, CalendarSystem.Julian);

    [Fact]
    public void Values_JulianDates_ReadBackInIso()
    {
        new Source("Reuters", JulianArticleDay).ReportedOn.Should().Be(TestWorld.ArticleDay);
        new Membership(TestWorld.Ukraine, JulianArticleDay, JulianArticleDay).Should().Be(new Membership(TestWorld.Ukraine, TestWorld.ArticleDay, TestWorld.ArticleDay));
        new TermOfOffice(JulianArticleDay, JulianArticleDay).Should().Be(new TermOfOffice(TestWorld.ArticleDay, TestWorld.ArticleDay));
        new Deadline(new DeadlineId("reply"), TestWorld.Russia, "A reply", JulianArticleDay).Due.Should().Be(TestWorld.ArticleDay);
        new DeadlineExtension(JulianArticleDay, TestWorld.ArticleDay).NewDue.Should().Be(TestWorld.ArticleDay);
        new AgreementStep(AgreementStepKind.Signature, JulianArticleDay).On.Should().Be(TestWorld.ArticleDay);
        Precondition.NotBefore(JulianArticleDay).Should().Be(Precondition.NotBefore(TestWorld.ArticleDay));
        Precondition.NotAfter(JulianArticleDay).Should().Be(Precondition.NotAfter(TestWorld.ArticleDay));
        (new Source("Reuters", TestWorld.ArticleDay) with { ReportedOn = JulianArticleDay }).ReportedOn.Calendar.Should().Be(CalendarSystem.Iso);
    }

    [Fact]
    public void Record_JulianSourceDate_Accepted()
    {
        var fact = Given.TopicDefined(new Topic(new TopicId("energy"), "Energy"), TestWorld.ArticleDay) with { Source = new Source("Reuters", JulianArticleDay) };

        TestWorld.Case.ShouldAccept(fact).Log[^1].Source.ReportedOn.Should().Be(TestWorld.ArticleDay);
    }

    [Fact]
    public void Record_JulianDeadlineDue_Accepted()
    {
        var deadline = new Deadline(new DeadlineId("reply"), TestWorld.Russia, "A written reply", JulianArticleDay.PlusDays(10));

        var recorded = TestWorld.Case.ShouldAccept(Given.DeadlineSet(deadline, TestWorld.ArticleDay));

        recorded.Deadlines[new DeadlineId("reply")].IsMissedOn(JulianArticleDay.PlusDays(30)).Should().Be(Truth.Yes);
    }

    [Fact]
    public void Record_JulianNotBeforeAndNotAfter_AcceptedAndEvaluated()
    {
        var round = TestWorld.Bilateral() with { Precondition = Precondition.NotBefore(JulianArticleDay) & Precondition.NotAfter(JulianEarlyJanuary.PlusDays(30)) };

        var recorded = TestWorld.Case.ShouldAccept(Given.RoundPlanned(round));

        recorded.CanStart(TestWorld.BilateralId).CanStart.Should().Be(Truth.Yes);
    }

    [Fact]
    public void Record_JulianTermOfOffice_AcceptedAndStatementsChecked()
    {
        var peskov = new Representative(new RepresentativeId("peskov"), "Dmitry Peskov", "Press Secretary", TestWorld.Russia, new TermOfOffice(JulianArticleDay.PlusDays(-3000)));

        var recorded = TestWorld.Case.ShouldAccept(Given.RepresentativeAppointed(peskov));

        recorded.Representatives[peskov.Id].Term.Covers(JulianArticleDay).Should().BeTrue();
        recorded.ShouldAccept(Given.RepresentativeLeftOffice(peskov.Id, JulianArticleDay)).Representatives[peskov.Id].Term.Until.Should().Be(TestWorld.ArticleDay);
    }

    [Fact]
    public void Record_JulianMembership_QueriesAnswer()
    {
        var recorded = TestWorld.Case
            .ShouldAccept(Given.MembershipBegan(TestWorld.Nato, TestWorld.Ukraine, JulianArticleDay))
            .ShouldAccept(Given.MembershipEnded(TestWorld.Nato, TestWorld.Ukraine, JulianEarlyJanuary));

        recorded.MembersOf(TestWorld.Nato, JulianArticleDay).Should().Contain(TestWorld.Ukraine);
        recorded.MembersOf(TestWorld.Nato, TestWorld.ArticleDay).Should().Contain(TestWorld.Ukraine);
        recorded.OrganisationsOf(TestWorld.Ukraine, JulianEarlyJanuary).Should().NotContain(TestWorld.Nato);
        recorded.AsSeenBy(TestWorld.Ukraine).Parties.Should().ContainKey(TestWorld.Nato);
        recorded.AsOf(JulianArticleDay).Version.Should().BeLessThanOrEqualTo(recorded.Version);
        recorded.Timeline(JulianArticleDay, JulianEarlyJanuary).Should().NotBeEmpty();
        recorded.RoundsIn(new DateInterval(JulianArticleDay, JulianEarlyJanuary), "Europe/Zurich").Should().BeEmpty();
    }

    [Fact]
    public void DateWindow_ComparedWithJulianDay_Answers()
    {
        DateWindow.On(TestWorld.ArticleDay).IsOnOrBefore(JulianArticleDay).Should().Be(Truth.Yes);
        DateWindow.On(TestWorld.ArticleDay).IsOnOrAfter(JulianArticleDay).Should().Be(Truth.Yes);
        DateWindow.On(TestWorld.ArticleDay).Contains(JulianArticleDay).Should().BeTrue();
    }
}
