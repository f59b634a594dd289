package io.bizloop.examples.demo;

import io.bizloop.examples.Main;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code demo}: the guided tour of the closed loop, printed on stdout. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Runs the guided demo of the closed loop: order, stock, books, customer value.")
public final class DemoCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Option(
      names = "--db",
      paramLabel = "DB",
      description = {
        "run the demo over a database: h2:PATH (an embedded H2 file database)",
        "or jdbc:postgresql://HOST:PORT/DB; absent: in memory"
      })
  private String db;

  @Override
  public Integer call() {
    return new Demo().run(db, main.out(), main.err());
  }
}
