package io.bizloop.accounting.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryLedgerBalancesTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final AccountCode BANK = AccountCode.of("1002");
  private static final AccountCode FEES = AccountCode.of("5602");

  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryLedgerBalances balances = new InMemoryLedgerBalances(unitOfWork);

  @Test
  void aRolledBackUnitPutsBackEachBalanceAndTheTurnoverAsTheyWereAndANewAccountReadsAsAbsent() {
    // given: a balance and a turnover kept outside any unit
    balances.add(BANK, new Money(500, CNY));
    balances.addTurnover(new Money(500, CNY));

    // when: a unit changes the bank twice, opens a new account, adds turnover, and is rolled back
    Outcome<Void> refused =
        unitOfWork.execute(
            () -> {
              balances.add(BANK, new Money(-100, CNY));
              balances.add(FEES, new Money(100, CNY));
              balances.add(BANK, new Money(-20, CNY));
              balances.addTurnover(new Money(120, CNY));
              assertThat(balances.balance(BANK)).contains(new Money(380, CNY));
              return Outcome.rejected(RejectionCode.CONFLICT, "rolled back on purpose");
            });

    // then
    assertThat(refused.isRejected()).isTrue();
    assertThat(balances.balance(BANK)).contains(new Money(500, CNY));
    assertThat(balances.balance(FEES)).isEmpty();
    assertThat(balances.turnover()).contains(new Money(500, CNY));
    assertThat(balances.all()).isEqualTo(Map.of(BANK, new Money(500, CNY)));
  }

  @Test
  void aKeptUnitKeepsItsChangesAndAnAmountInAnotherCurrencyIsRefusedWithoutAChange() {
    unitOfWork.execute(
        () -> {
          balances.add(BANK, new Money(-100, CNY));
          balances.add(FEES, new Money(100, CNY));
          return Outcome.done();
        });

    assertThatThrownBy(() -> balances.add(BANK, new Money(1, Currency.getInstance("USD"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(balances.all()).isEqualTo(Map.of(BANK, new Money(-100, CNY), FEES, new Money(100, CNY)));
    assertThat(balances.turnover()).isEmpty();
    assertThatThrownBy(() -> balances.add(null, new Money(1, CNY))).isInstanceOf(NullPointerException.class);
  }
}
