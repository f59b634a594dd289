package io.bizloop.crm.application;

import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.Funnel;
import io.bizloop.crm.domain.Pipeline;
import io.bizloop.crm.port.Opportunities;
import java.util.List;
import java.util.Objects;

/** The sales funnel and the opportunities with their probabilities, read from the opportunities. */
public final class FunnelQuery {

  private final Opportunities opportunities;
  private final Pipeline pipeline;
  private final CrmSettings settings;

  /**
   * The query over its port.
   *
   * @param opportunities the opportunities
   * @param pipeline the pipeline (stages and default probabilities)
   * @param settings the company settings (its currency)
   */
  public FunnelQuery(Opportunities opportunities, Pipeline pipeline, CrmSettings settings) {
    this.opportunities = Objects.requireNonNull(opportunities, "opportunities");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The funnel now.
   *
   * @return the funnel (see {@link Funnel} for every figure's rule)
   */
  public Funnel funnel() {
    return Funnel.of(pipeline, opportunities.all(), settings.currency());
  }

  /**
   * All opportunities with their probability and weighted amount.
   *
   * @return one view per opportunity, in opening order
   */
  public List<OpportunityView> opportunities() {
    return opportunities.all().stream()
        .map(
            o -> new OpportunityView(
                o.id(), o.customer(), o.stage(), o.status(), o.amount(), o.probability(pipeline),
                o.weighted(pipeline)))
        .toList();
  }
}
