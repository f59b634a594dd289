package io.bizloop.examples.demo;

import io.bizloop.examples.Main;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code demo}: the guided tour of the closed loop, printed on stdout. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Runs the guided demo of the closed loop: order, stock, books, customer value.")
public final class DemoCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Override
  public Integer call() {
    return new Demo().run(main.out());
  }
}
