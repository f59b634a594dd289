package io.bizloop.examples.inmemory;

import io.bizloop.accounting.application.Accounting;
import io.bizloop.core.port.UnitOfWork;
import io.bizloop.crm.application.Crm;
import io.bizloop.inventory.application.Inventory;

/**
 * A wired closed loop, whatever its adapters (in memory, JDBC): what the replay, its report and
 * the loop invariants need, all of it through the three facades and the unit of work.
 */
public interface Bizloop {

  BizloopSettings settings();

  UnitOfWork unitOfWork();

  Accounting accounting();

  Inventory inventory();

  Crm crm();
}
