package io.bizloop.examples.statements;

import io.bizloop.accounting.domain.StatementLayout;
import io.bizloop.core.Money;
import java.util.Locale;

/** The words and number formats of the presentations, in the language of the layout. */
final class Words {

  private Words() {}

  /** Whether the layout is one of 小企业会计准则, presented in Chinese. */
  static boolean chinese(StatementLayout layout) {
    return layout.code().startsWith("会小企");
  }

  /** The heading of the name column. */
  static String item(StatementLayout layout) {
    return chinese(layout) ? "项目" : "Line";
  }

  /** The heading of the line-number column. */
  static String number(StatementLayout layout) {
    return chinese(layout) ? "行次" : "No.";
  }

  /** The heading of the accounts column. */
  static String accounts(StatementLayout layout) {
    return chinese(layout) ? "科目" : "Accounts";
  }

  /**
   * A line's name without its instructions: {@code 加：投资收益（损失以“-”号填列）} → {@code 投资收益}.
   */
  static String shortName(String name) {
    String text = name.replaceAll("（[^）]*）", "");
    text = text.replaceFirst("^[一二三四五六七八九十]+、", "");
    text = text.replaceFirst("^(加|减|其中)：", "");
    return text.isBlank() ? name : text;
  }

  /** An amount with thousands separators, e.g. {@code 102,730.00}. */
  static String grouped(Money money) {
    int digits = money.currency().getDefaultFractionDigits();
    return String.format(Locale.ROOT, "%,." + digits + "f", money.amount());
  }
}
