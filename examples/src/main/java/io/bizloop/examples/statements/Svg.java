package io.bizloop.examples.statements;

import io.bizloop.core.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the HTML report, drawn from exact amounts (only pixel positions are
 * approximate): horizontal stacked bars, a centred funnel and a horizontal waterfall. Every shape
 * carries a {@code <title>} with its exact figure.
 */
final class Svg {

  private static final int WIDTH = 760;
  private static final int LABEL = 190;
  private static final int VALUE = 120;
  private static final int ROW = 30;
  private static final int BAR = 20;

  private Svg() {}

  /**
   * A part of a bar.
   *
   * @param label what it is
   * @param value its amount; a part that is not positive is not drawn
   * @param color its fill
   */
  record Segment(String label, Money value, String color) {}

  /**
   * One bar.
   *
   * @param label the bar's label
   * @param segments its parts, left to right
   * @param caption the text after the bar, e.g. its total
   */
  record Bar(String label, List<Segment> segments, String caption) {}

  /**
   * One step of a waterfall.
   *
   * @param label what it is
   * @param from where it starts
   * @param to where it ends
   * @param subtotal whether it is a (sub)total drawn from zero
   */
  record Step(String label, Money from, Money to, boolean subtotal) {}

  /** Horizontal stacked bars on one scale; {@code centred} draws each bar about the middle (a funnel). */
  static String bars(String title, List<Bar> bars, boolean centred) {
    BigDecimal max = BigDecimal.ZERO;
    for (Bar bar : bars) {
      max = max.max(positiveTotal(bar));
    }
    int area = WIDTH - LABEL - VALUE;
    int height = Math.max(1, bars.size()) * ROW + 10;
    StringBuilder svg = open(title, height);
    int y = 5;
    for (Bar bar : bars) {
      svg.append(text(LABEL - 8, y + BAR / 2 + 5, "end", "label", bar.label()));
      double width = scale(positiveTotal(bar), max, area);
      double x = LABEL + (centred ? (area - width) / 2 : 0);
      for (Segment segment : bar.segments()) {
        if (segment.value().isPositive()) {
          double w = scale(segment.value().amount(), max, area);
          svg.append("<rect x=\"").append(px(x)).append("\" y=\"").append(y).append("\" width=\"")
              .append(px(Math.max(w, 0.5))).append("\" height=\"").append(BAR).append("\" rx=\"2\" fill=\"")
              .append(segment.color()).append("\"><title>").append(Html.esc(segment.label() + ": "
                  + Words.grouped(segment.value()))).append("</title></rect>");
          x += w;
        }
      }
      svg.append(text(WIDTH - VALUE + 8, y + BAR / 2 + 5, "start", "value", bar.caption()));
      y += ROW;
    }
    return svg.append("</svg>").toString();
  }

  /** A horizontal waterfall: each step a bar from where the running figure was to where it goes. */
  static String waterfall(String title, List<Step> steps) {
    BigDecimal low = BigDecimal.ZERO;
    BigDecimal high = BigDecimal.ZERO;
    for (Step step : steps) {
      low = low.min(step.from().amount()).min(step.to().amount());
      high = high.max(step.from().amount()).max(step.to().amount());
    }
    BigDecimal span = high.subtract(low).signum() == 0 ? BigDecimal.ONE : high.subtract(low);
    int area = WIDTH - LABEL - VALUE;
    int height = Math.max(1, steps.size()) * ROW + 10;
    StringBuilder svg = open(title, height);
    double zero = LABEL + scale(BigDecimal.ZERO.subtract(low), span, area);
    int y = 5;
    for (Step step : steps) {
      double a = LABEL + scale(step.from().amount().subtract(low), span, area);
      double b = LABEL + scale(step.to().amount().subtract(low), span, area);
      Money change = step.to().minus(step.from());
      String color = step.subtotal() ? "#1565c0" : change.isNegative() ? "#c62828" : "#2e7d32";
      svg.append(text(LABEL - 8, y + BAR / 2 + 5, "end", step.subtotal() ? "label strong" : "label", step.label()));
      svg.append("<rect x=\"").append(px(Math.min(a, b))).append("\" y=\"").append(y).append("\" width=\"")
          .append(px(Math.max(Math.abs(b - a), 1))).append("\" height=\"").append(BAR).append("\" rx=\"2\" fill=\"")
          .append(color).append("\"><title>").append(Html.esc(step.label() + ": "
              + Words.grouped(step.subtotal() ? step.to() : change))).append("</title></rect>");
      String figure = step.subtotal() ? Words.grouped(step.to())
          : (change.isNegative() ? "−" + Words.grouped(change.negate()) : "+" + Words.grouped(change));
      svg.append(text(WIDTH - VALUE + 8, y + BAR / 2 + 5, "start", step.subtotal() ? "value strong" : "value", figure));
      y += ROW;
    }
    svg.append("<line x1=\"").append(px(zero)).append("\" y1=\"0\" x2=\"").append(px(zero)).append("\" y2=\"")
        .append(height).append("\" stroke=\"#555\" stroke-width=\"1\" stroke-dasharray=\"3 3\"/>");
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String title, int height) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\"><title>").append(Html.esc(title)).append("</title>");
    return svg;
  }

  private static String text(int x, int y, String anchor, String cssClass, String content) {
    return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" class=\"" + cssClass + "\">"
        + Html.esc(content) + "</text>";
  }

  private static BigDecimal positiveTotal(Bar bar) {
    BigDecimal total = BigDecimal.ZERO;
    for (Segment segment : bar.segments()) {
      if (segment.value().isPositive()) {
        total = total.add(segment.value().amount());
      }
    }
    return total;
  }

  private static double scale(BigDecimal value, BigDecimal max, int area) {
    if (max.signum() == 0) {
      return 0;
    }
    return value.divide(max, MathContext.DECIMAL64).doubleValue() * area;
  }

  private static String px(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
