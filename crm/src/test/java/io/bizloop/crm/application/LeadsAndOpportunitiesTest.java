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

  private void lead(String id, String company, String phone) {
    crm.captureLead().handle(new CaptureLead.Command(LeadId.of(id), "Wang Wei", company, "WEB", phone, null, DAY)).value();
  }

  private Outcome<ConvertLead.Converted> convert(String lead, String customer, String opportunity, String amount) {
    return crm.convertLead().handle(new ConvertLead.Command(
        LeadId.of(lead), CustomerId.of(customer), OpportunityId.of(opportunity), new BigDecimal(amount), null, DAY));
  }

  private void open(String id, String customer, String amount, String stage) {
    crm.openOpportunity().handle(new OpenOpportunity.Command(
        OpportunityId.of(id), CustomerId.of(customer), new BigDecimal(amount), null, stage, DAY)).value();
  }

  @Test
  void convertsALeadIntoANewCustomerNamedAfterItsCompanyAndAnOpportunity() {
    // given
    lead("L-1", "Acme Trading", null);

    // when
    ConvertLead.Converted converted = convert("L-1", "C-9", "OP-1", "1000.00").value();

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
    lead("L-1", null, null);

    // when
    ConvertLead.Converted converted = convert("L-1", "C-1", "OP-1", "5").value();

    // then
    assertThat(converted.newCustomer()).isFalse();
    assertThat(kit.events(CustomerRegistered.class)).hasSize(1);
    assertThat(crm.customers()).hasSize(1);
  }

  @Test
  void refusesToConvertTwice() {
    // given
    lead("L-1", null, null);
    convert("L-1", "C-9", "OP-1", "10").value();

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
    lead("L-1", null, null);
    convert("L-1", "C-9", "OP-1", "10").value();

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
    lead("L-1", null, null);
    lead("L-2", null, null);

    // when
    crm.qualifyLead().handle(new QualifyLead.Command(LeadId.of("L-1"), DAY)).value();
    Outcome<Void> twice = crm.qualifyLead().handle(new QualifyLead.Command(LeadId.of("L-1"), DAY));
    crm.disqualifyLead().handle(new DisqualifyLead.Command(LeadId.of("L-1"), "no budget", DAY)).value();
    crm.disqualifyLead().handle(new DisqualifyLead.Command(LeadId.of("L-2"), null, DAY)).value();
    Outcome<Void> again = crm.disqualifyLead().handle(new DisqualifyLead.Command(LeadId.of("L-2"), null, DAY));
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
    List<PossibleDuplicate> duplicates = crm.captureLead()
        .handle(new CaptureLead.Command(LeadId.of("L-2"), "Li Na", "ACME ", null, "139", null, DAY)).value();

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
    open("OP-5", "C-1", "300.00", null);
    open("OP-6", "C-1", "50.00", "NEEDS_ANALYSIS");
    crm.winOpportunity().handle(new WinOpportunity.Command(OpportunityId.of("OP-4"), null, DAY)).value();
    crm.loseOpportunity().handle(new LoseOpportunity.Command(OpportunityId.of("OP-5"), "price", DAY)).value();
    crm.loseOpportunity().handle(new LoseOpportunity.Command(OpportunityId.of("OP-6"), "timing", DAY)).value();

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
    crm.advanceOpportunity().handle(new AdvanceOpportunity.Command(OpportunityId.of("OP-1"), "qualification", DAY)).value();
    Outcome<Void> toWon = crm.advanceOpportunity().handle(new AdvanceOpportunity.Command(OpportunityId.of("OP-1"), "WON", DAY));
    Outcome<Void> unknown = crm.advanceOpportunity().handle(new AdvanceOpportunity.Command(OpportunityId.of("OP-1"), "DREAMING", DAY));
    crm.loseOpportunity().handle(new LoseOpportunity.Command(OpportunityId.of("OP-1"), "price", DAY)).value();
    Outcome<Void> moved = crm.advanceOpportunity().handle(new AdvanceOpportunity.Command(OpportunityId.of("OP-1"), "PROPOSAL", DAY));
    Outcome<Void> won = crm.winOpportunity().handle(new WinOpportunity.Command(OpportunityId.of("OP-1"), null, DAY));

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
    open("OP-1", "C-1", "100", null);
    kit.confirmedOrder("SO-2", "C-2", "P-1", "1", "1.00");

    // when
    Outcome<Void> unknownOrder = crm.winOpportunity().handle(new WinOpportunity.Command(OpportunityId.of("OP-1"), SalesOrderId.of("SO-X"), DAY));
    Outcome<Void> otherCustomer = crm.winOpportunity().handle(new WinOpportunity.Command(OpportunityId.of("OP-1"), SalesOrderId.of("SO-2"), DAY));

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
    crm.overrideProbability().handle(new OverrideProbability.Command(OpportunityId.of("OP-1"), 25, DAY)).value();
    Money overridden = crm.funnel().weightedPipeline();
    crm.advanceOpportunity().handle(new AdvanceOpportunity.Command(OpportunityId.of("OP-1"), "NEGOTIATION", DAY)).value();

    // then
    assertThat(overridden).isEqualTo(Money.of("25.00", "CNY"));
    assertThat(crm.funnel().weightedPipeline()).isEqualTo(Money.of("80.00", "CNY"));
  }

  @Test
  void showsConversionDaysInStageAndLearnedProbability() {
    // given
    kit.customer("C-1");
    open("OP-1", "C-1", "100", null);
    crm.advanceOpportunity().handle(new AdvanceOpportunity.Command(OpportunityId.of("OP-1"), "PROPOSAL", DAY.plusDays(4))).value();
    crm.winOpportunity().handle(new WinOpportunity.Command(OpportunityId.of("OP-1"), null, DAY.plusDays(10))).value();
    open("OP-2", "C-1", "100", null);

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
    assertThat(crm.openOpportunity().handle(new OpenOpportunity.Command(
        OpportunityId.of("OP-1"), CustomerId.of("C-1"), BigDecimal.TEN, null, "WON", DAY)).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(crm.openOpportunity().handle(new OpenOpportunity.Command(
        OpportunityId.of("OP-1"), CustomerId.of("C-X"), BigDecimal.TEN, null, null, DAY)).rejection().code())
        .isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(crm.opportunities()).isEmpty();
  }

  @Test
  void keepsTheHistoryWhenTheOwnerChanges() {
    // given
    crm.registerCustomer().handle(new RegisterCustomer.Command(CustomerId.of("C-1"), "Acme", "retail", "Zhang", DAY)).value();
    crm.recordActivity().handle(new RecordActivity.Command(CustomerId.of("C-1"), "CALL", "", DAY)).value();

    // when
    crm.reassignOwner().handle(new ReassignOwner.Command(CustomerId.of("C-1"), "Li", DAY)).value();
    Outcome<Void> blankType = crm.recordActivity().handle(new RecordActivity.Command(CustomerId.of("C-1"), " ", "x", DAY));
    Outcome<Void> unknown = crm.recordActivity().handle(new RecordActivity.Command(CustomerId.of("C-X"), "CALL", "x", DAY));

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
    crm.registerCustomer().handle(new RegisterCustomer.Command(CustomerId.of("C-1"), "Acme", "retail", "Wang", DAY)).value();

    // when
    crm.updateProfile().handle(new UpdateProfile.Command(
        CustomerId.of("C-1"), null, CompanySize.SMALL, Set.of("key-account"), DAY)).value();
    Outcome<Void> blankTag = crm.updateProfile().handle(new UpdateProfile.Command(
        CustomerId.of("C-1"), "wholesale", null, Set.of(" "), DAY));
    Outcome<Void> unknown = crm.updateProfile().handle(new UpdateProfile.Command(
        CustomerId.of("C-X"), "wholesale", null, null, DAY));

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
