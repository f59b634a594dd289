package io.bizloop.core;

/**
 * The id of a service agent.
 *
 * @param value non-blank text without control characters
 */
public record AgentId(String value) {

  public AgentId {
    Ids.requireText(value, "agent id");
  }

  public static AgentId of(String value) {
    return new AgentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
