package io.bizloop.examples.demo;

import java.io.PrintStream;

/** The guided demo of the closed loop. */
public final class Demo {

  /** Runs the demo, writing to {@code out}; returns the exit status. */
  public int run(PrintStream out) {
    out.println("demo: not yet available");
    return 0;
  }
}
