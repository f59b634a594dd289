package io.bizloop.core.port;

import java.util.Objects;

/**
 * What the host gives every context it installs: how events are published and subscribed, the
 * unit of work commands run in, and the host's validator of command records. A module's
 * {@code install} takes this, its settings and its own repositories.
 *
 * @param publisher delivers the events a context raises
 * @param subscriptions where a context subscribes its event policies
 * @param unitOfWork runs each command and the handlers of its events atomically
 * @param validator the host's checks of command records ({@link CommandValidator#none()} for none)
 */
public record HostPorts(
    EventPublisher publisher, EventSubscriptions subscriptions, UnitOfWork unitOfWork, CommandValidator validator) {

  /**
   * Checks that every part is given.
   *
   * @param publisher delivers the events a context raises
   * @param subscriptions where a context subscribes its event policies
   * @param unitOfWork runs each command and the handlers of its events atomically
   * @param validator the host's checks of command records
   * @throws NullPointerException when a part is missing
   */
  public HostPorts {
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(subscriptions, "subscriptions");
    Objects.requireNonNull(unitOfWork, "unitOfWork");
    Objects.requireNonNull(validator, "validator");
  }

  /**
   * The runner every command and policy of a context passes through.
   *
   * @return a runner over this unit of work and validator
   */
  public CommandRunner runner() {
    return new CommandRunner(unitOfWork, validator);
  }
}
