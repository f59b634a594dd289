package io.bizloop.crm.application;

import static io.bizloop.crm.application.CrmKit.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.crm.domain.CompanySize;
import io.bizloop.core.CustomerId;
import io.bizloop.core.LeadId;
import io.bizloop.core.Money;
import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.event.CustomerRegistered;
import io.bizloop.crm.domain.Funnel;
import io.bizloop.crm.domain.LeadStatus;
import io.bizloop.crm.domain.OpportunityStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadsAndOpportunitiesTest {

  private final CrmKit kit = new CrmKit();
  private final Crm crm = kit.crm;

  private void lead(String id) {
    crm.captureLead(CaptureLead.Command.of(LeadId.of(id), "Wang Wei", DAY).source("WEB")).orElseThrow();
  }

  private void lead(String id, String company, String phone) {
    crm.captureLead(CaptureLead.Command.of(LeadId.of(id), "Wang Wei", DAY).company(company).source("WEB").phone(phone))
        .orElseThrow();
  }

  private Outcome<ConvertLead.Converted> convert(String lead, String customer, String opportunity, String amount) {
    return crm.convertLead(ConvertLead.Command.of(
        LeadId.of(lead), CustomerId.of(customer), OpportunityId.of(opportunity), amount, DAY));
  }

  private void open(String id, String customer, String amount) {
    crm.openOpportunity(OpenOpportunity.Command.of(OpportunityId.of(id), CustomerId.of(customer), amount, DAY))
        .orElseThrow();
  }

  private void open(String id, String customer, String amount, String stage) {
    crm.openOpportunity(
            OpenOpportunity.Command.of(OpportunityId.of(id), CustomerId.of(customer), amount, DAY).stage(stage))
        .orElseThrow();
  }

  @Test
  void convertsALeadIntoANewCustomerNamedAfterItsCompanyAndAnOpportunity() {
    // given
    crm.captureLead(CaptureLead.Command.of(LeadId.of("L-1"), "Wang Wei", DAY).company("Acme Trading")).orElseThrow();

    // when
    ConvertLead.Converted converted = convert("L-1", "C-9", "OP-1", "1000.00").orElseThrow();

    // then
    assertThat(converted.newCustomer()).isTrue();
    assertThat(crm.leads()).singleElement().satisfies(l -> {
      assertThat(l.status()).isEqualTo(LeadStatus.CONVERTED);
      assertThat(l.customer()).isEqualTo(CustomerId.of("C-9"));
      assertThat(l.opportunity()).isEqualTo(OpportunityId.of("OP-1"));
    });
    assertThat(kit.events(CustomerRegistered.class)).singleElement()
        .satisfies(e -> assertThat(e.name()).isEqualTo("Acme Trading"));
    assertThat(crm.opportunities()).singleElement().satisfies(o -> {
      assertThat(o.stage()).isEqualTo("QUALIFICATION");
      assertThat(o.probability()).isEqualTo(10);
    });
  }

  @Test
  void convertsIntoAnExistingCustomerWithoutRegisteringItAgain() {
    // given
    kit.customer("C-1");
    lead("L-1");

    // when
    ConvertLead.Converted converted = convert("L-1", "C-1", "OP-1", "5").orElseThrow();

    // then
    assertThat(converted.newCustomer()).isFalse();
    assertThat(kit.events(CustomerRegistered.class)).hasSize(1);
    assertThat(crm.customers()).hasSize(1);
  }

  @Test
  void refusesToConvertTwice() {
    // given
    lead("L-1");
    convert("L-1", "C-9", "OP-1", "10").orElseThrow();

    // when
    Outcome<?> again = convert("L-1", "C-10", "OP-2", "10");

    // then
    assertThat(again.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(crm.customers()).extracting(CustomerView::name).containsExactly("Wang Wei");
    assertThat(crm.opportunities()).hasSize(1);
  }

  @Test
  void checksAConversionInTheContractOrder() {
    // given
    lead("L-1");
    convert("L-1", "C-9", "OP-1", "10").orElseThrow();

    // when / then
    assertThat(convert("L-X", "C-1", "OP-1", "10.001").rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(convert("L-X", "C-1", "OP-1", "0").rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(convert("L-X", "C-1", "OP-1", "10").rejection().code()).isEqualTo(RejectionCode.DUPLICATE_ID);
    assertThat(convert("L-X", "C-1", "OP-2", "10").rejection().code()).isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(convert("L-1", "C-1", "OP-2", "10").rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
  }

  @Test
  void qualifiesFromNewOnlyAndDisqualifiesFromNewOrQualified() {
    // given
    lead("L-1");
    lead("L-2");

    // when
    crm.qualifyLead(new QualifyLead.Command(LeadId.of("L-1"), DAY)).orElseThrow();
    Outcome<Void> twice = crm.qualifyLead(new QualifyLead.Command(LeadId.of("L-1"), DAY));
    crm.disqualifyLead(DisqualifyLead.Command.of(LeadId.of("L-1"), DAY).reason("no budget")).orElseThrow();
    crm.disqualifyLead(DisqualifyLead.Command.of(LeadId.of("L-2"), DAY)).orElseThrow();
    Outcome<Void> again = crm.disqualifyLead(DisqualifyLead.Command.of(LeadId.of("L-2"), DAY));
    Outcome<?> converting = convert("L-2", "C-1", "OP-1", "1");

    // then
    assertThat(twice.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(again.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(converting.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(crm.leads()).extracting(LeadView::status).containsExactly(LeadStatus.DISQUALIFIED, LeadStatus.DISQUALIFIED);
  }

  @Test
  void offersPossibleDuplicatesButCapturesAnyway() {
    // given
    lead("L-1", "Acme", "138-0000");

    // when
    List<PossibleDuplicate> duplicates = crm.captureLead(CaptureLead.Command.of(LeadId.of("L-2"), "Li Na", DAY).company("ACME ").phone("139")).orElseThrow();

    // then
    assertThat(duplicates).containsExactly(new PossibleDuplicate("LEAD", "L-1", "company"));
    assertThat(crm.leads()).hasSize(2);
  }

  @Test
  void computesTheFunnelRoundingEachOpportunity() {
    // given
    kit.customer("C-1");
    open("OP-1", "C-1", "1000.00", "PROPOSAL");
    open("OP-2", "C-1", "0.05", "QUALIFICATION");     // 0.005 → 0.01
    open("OP-3", "C-1", "0.05", "QUALIFICATION");     // 0.005 → 0.01 (not 0.01 for the sum 0.10)
    open("OP-4", "C-1", "200.00", "NEGOTIATION");
    open("OP-5", "C-1", "300.00");
    open("OP-6", "C-1", "50.00", "NEEDS_ANALYSIS");
    crm.winOpportunity(WinOpportunity.Command.of(OpportunityId.of("OP-4"), DAY)).orElseThrow();
    crm.loseOpportunity(new LoseOpportunity.Command(OpportunityId.of("OP-5"), "price", DAY)).orElseThrow();
    crm.loseOpportunity(new LoseOpportunity.Command(OpportunityId.of("OP-6"), "timing", DAY)).orElseThrow();

    // when
    Funnel funnel = crm.funnel();

    // then
    assertThat(funnel.stages()).extracting(Funnel.StageFigures::stage)
        .containsExactly("QUALIFICATION", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION");
    assertThat(funnel.stages().get(0)).isEqualTo(new Funnel.StageFigures(
        "QUALIFICATION", 2, Money.of("0.10", "CNY"), Money.of("0.02", "CNY")));
    assertThat(funnel.stages().get(2).weighted()).isEqualTo(Money.of("600.00", "CNY"));
    assertThat(funnel.weightedPipeline()).isEqualTo(Money.of("600.02", "CNY"));
    assertThat(funnel.won()).isEqualTo(new Funnel.Tally(1, Money.of("200.00", "CNY")));
    assertThat(funnel.lost()).isEqualTo(new Funnel.Tally(2, Money.of("350.00", "CNY")));
    assertThat(funnel.winRate()).isEqualByComparingTo("0.3333");
  }

  @Test
  void hasNoWinRateWithoutClosedOpportunities() {
    assertThat(crm.funnel().winRate()).isNull();
    assertThat(crm.funnel().weightedPipeline()).isEqualTo(Money.of("0.00", "CNY"));
  }

  @Test
  void movesToAnyOpenStageButNeverAClosedOpportunity() {
    // given
    kit.customer("C-1");
    open("OP-1", "C-1", "100", "PROPOSAL");

    // when
    crm.advanceOpportunity(new AdvanceOpportunity.Command(OpportunityId.of("OP-1"), "qualification", DAY)).orElseThrow();
    Outcome<Void> toWon = crm.advanceOpportunity(new AdvanceOpportunity.Command(OpportunityId.of("OP-1"), "WON", DAY));
    Outcome<Void> unknown = crm.advanceOpportunity(new AdvanceOpportunity.Command(OpportunityId.of("OP-1"), "DREAMING", DAY));
    crm.loseOpportunity(new LoseOpportunity.Command(OpportunityId.of("OP-1"), "price", DAY)).orElseThrow();
    Outcome<Void> moved = crm.advanceOpportunity(new AdvanceOpportunity.Command(OpportunityId.of("OP-1"), "PROPOSAL", DAY));
    Outcome<Void> won = crm.winOpportunity(WinOpportunity.Command.of(OpportunityId.of("OP-1"), DAY));

    // then
    assertThat(toWon.rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(unknown.rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(moved.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(won.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(crm.opportunities()).singleElement().satisfies(o -> {
      assertThat(o.status()).isEqualTo(OpportunityStatus.LOST);
      assertThat(o.probability()).isZero();
    });
  }

  @Test
  void winsOnlyWithAnOrderOfTheSameCustomer() {
    // given
    kit.product("P-1").customer("C-1").customer("C-2");
    open("OP-1", "C-1", "100");
    kit.confirmedOrder("SO-2", "C-2", "P-1", "1", "1.00");

    // when
    Outcome<Void> unknownOrder = crm.winOpportunity(WinOpportunity.Command.of(OpportunityId.of("OP-1"), DAY).order(SalesOrderId.of("SO-X")));
    Outcome<Void> otherCustomer = crm.winOpportunity(WinOpportunity.Command.of(OpportunityId.of("OP-1"), DAY).order(SalesOrderId.of("SO-2")));

    // then
    assertThat(unknownOrder.rejection().code()).isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(otherCustomer.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(crm.opportunities().get(0).status()).isEqualTo(OpportunityStatus.OPEN);
  }

  @Test
  void anOverrideReplacesTheStageProbabilityUntilTheStageChanges() {
    // given
    kit.customer("C-1");
    open("OP-1", "C-1", "100.00", "PROPOSAL");

    // when
    crm.overrideProbability(OverrideProbability.Command.set(OpportunityId.of("OP-1"), 25, DAY)).orElseThrow();
    Money overridden = crm.funnel().weightedPipeline();
    crm.advanceOpportunity(new AdvanceOpportunity.Command(OpportunityId.of("OP-1"), "NEGOTIATION", DAY)).orElseThrow();

    // then
    assertThat(overridden).isEqualTo(Money.of("25.00", "CNY"));
    assertThat(crm.funnel().weightedPipeline()).isEqualTo(Money.of("80.00", "CNY"));
  }

  @Test
  void showsConversionDaysInStageAndLearnedProbability() {
    // given
    kit.customer("C-1");
    open("OP-1", "C-1", "100");
    crm.advanceOpportunity(new AdvanceOpportunity.Command(OpportunityId.of("OP-1"), "PROPOSAL", DAY.plusDays(4))).orElseThrow();
    crm.winOpportunity(WinOpportunity.Command.of(OpportunityId.of("OP-1"), DAY.plusDays(10))).orElseThrow();
    open("OP-2", "C-1", "100");

    // when
    Funnel funnel = crm.funnel();

    // then
    assertThat(funnel.conversions().get(0)).isEqualTo(
        new Funnel.Conversion("QUALIFICATION", "NEEDS_ANALYSIS", 2, 1, new BigDecimal("0.5000")));
    assertThat(funnel.daysInStage().get(0).averageDays()).isEqualByComparingTo("4");
    assertThat(funnel.bottleneck()).isEqualTo("PROPOSAL");
    Funnel.LearnedProbability proposal = funnel.learned().stream()
        .filter(l -> l.stage().equals("PROPOSAL") && l.source() == null).findFirst().orElseThrow();
    assertThat(proposal.probability()).isEqualByComparingTo("0.6667");
    assertThat(proposal.evidence()).containsExactly(OpportunityId.of("OP-1"));
  }

  @Test
  void refusesAnOpportunityForAnUnknownCustomerOrInAClosedStage() {
    // given
    kit.customer("C-1");

    // when / then
    assertThat(crm.openOpportunity(OpenOpportunity.Command.of(
        OpportunityId.of("OP-1"), CustomerId.of("C-1"), BigDecimal.TEN, DAY).stage("WON")).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(crm.openOpportunity(OpenOpportunity.Command.of(
        OpportunityId.of("OP-1"), CustomerId.of("C-X"), BigDecimal.TEN, DAY)).rejection().code())
        .isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(crm.opportunities()).isEmpty();
  }

  @Test
  void keepsTheHistoryWhenTheOwnerChanges() {
    // given
    crm.registerCustomer(RegisterCustomer.Command.of(CustomerId.of("C-1"), "Acme", DAY).industry("retail").owner("Zhang")).orElseThrow();
    crm.recordActivity(new RecordActivity.Command(CustomerId.of("C-1"), "CALL", "", DAY)).orElseThrow();

    // when
    crm.reassignOwner(new ReassignOwner.Command(CustomerId.of("C-1"), "Li", DAY)).orElseThrow();
    Outcome<Void> blankType = crm.recordActivity(new RecordActivity.Command(CustomerId.of("C-1"), " ", "x", DAY));
    Outcome<Void> unknown = crm.recordActivity(new RecordActivity.Command(CustomerId.of("C-X"), "CALL", "x", DAY));

    // then
    CustomerView view = crm.customers().get(0);
    assertThat(view.owner()).isEqualTo("Li");
    assertThat(view.activities()).extracting(a -> a.type()).containsExactly("CALL", "OWNER_CHANGE");
    assertThat(blankType.rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(unknown.rejection().code()).isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
  }

  @Test
  void updatingTheProfileChangesIndustrySizeAndTagsAndKeepsTheHistory() {
    // given
    crm.registerCustomer(RegisterCustomer.Command.of(CustomerId.of("C-1"), "Acme", DAY).industry("retail").owner("Wang")).orElseThrow();

    // when
    crm.updateProfile(UpdateProfile.Command.of(CustomerId.of("C-1"), DAY)
        .size(CompanySize.SMALL).tags("key-account")).orElseThrow();
    Outcome<Void> blankTag = crm.updateProfile(UpdateProfile.Command.of(CustomerId.of("C-1"), DAY)
        .industry("wholesale").tags(" "));
    Outcome<Void> unknown = crm.updateProfile(UpdateProfile.Command.of(CustomerId.of("C-X"), DAY).industry("wholesale"));

    // then
    CustomerView view = crm.customers().get(0);
    assertThat(view.industry()).isEqualTo("retail");
    assertThat(view.size()).isEqualTo(CompanySize.SMALL);
    assertThat(view.tags()).containsExactly("key-account");
    assertThat(view.owner()).isEqualTo("Wang");
    assertThat(view.activities()).extracting(a -> a.type()).containsExactly("PROFILE");
    assertThat(blankTag.rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(unknown.rejection().code()).isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
  }
}
