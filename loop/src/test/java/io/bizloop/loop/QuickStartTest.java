package io.bizloop.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the Java quick start of README.md exactly as it is written there, so the
 * README cannot drift from the API.
 */
class QuickStartTest {

  /** What the quick start may import: the loop, core's types and the contexts' commands and views. */
  private static final List<String> IMPORTS =
      List.of(
          "io.bizloop.loop.*",
          "io.bizloop.core.*",
          "io.bizloop.accounting.application.*",
          "io.bizloop.crm.application.*",
          "io.bizloop.inventory.application.*",
          "java.time.LocalDate",
          "java.util.Currency");

  /** Compiles and runs the README block between the two markers, answering what it printed. */
  private static String compileAndRun(Path dir, String open, String close) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String block = readme.substring(readme.indexOf(open), readme.indexOf(close));
    String code = block.substring(block.indexOf("```java") + "```java".length(), block.lastIndexOf("```"));
    StringBuilder source = new StringBuilder();
    IMPORTS.forEach(i -> source.append("import ").append(i).append(";\n"));
    source.append("public class QuickStart {\n  public static void main(String[] args) {\n").append(code).append("\n  }\n}\n");
    Path file = dir.resolve("QuickStart.java");
    Files.writeString(file, source);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = compiler.getTask(diagnostics, null, null,
        List.of("-classpath", classpath(), "-d", dir.toString()), null,
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file)).call();
    assertThat(compiled).as("README block %s compiles:%n%s", open, diagnostics).isTrue();
    return run(dir);
  }

  @Test
  void readmeCreditTermsDiscountsAndStatementsBlockRunsAsItSays(@TempDir Path dir) throws Exception {
    // when
    String printed = compileAndRun(dir, "<!-- more-of-the-loop -->", "<!-- /more-of-the-loop -->");

    // then
    assertThat(printed)
        .contains("CREDIT_LIMIT")
        .contains("exposure=203.40 CNY")
        .contains("203.40")
        .contains("foots: true");
  }

  @Test
  void readmeQuickStartCompilesRunsAndPrintsTheBooksOfTheLoop(@TempDir Path dir) throws Exception {
    // given
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String block = readme.substring(readme.indexOf("<!-- quick-start -->"), readme.indexOf("<!-- /quick-start -->"));
    String code = block.substring(block.indexOf("```java") + "```java".length(), block.lastIndexOf("```"));
    StringBuilder source = new StringBuilder();
    IMPORTS.forEach(i -> source.append("import ").append(i).append(";\n"));
    source.append("public class QuickStart {\n  public static void main(String[] args) {\n")
        .append(code)
        .append("\n  }\n}\n");
    Path file = dir.resolve("QuickStart.java");
    Files.writeString(file, source);

    // when
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = compiler.getTask(diagnostics, null, null,
        List.of("-classpath", classpath(), "-d", dir.toString()), null,
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file)).call();
    assertThat(compiled).as("README quick start compiles:%n%s", diagnostics).isTrue();
    String printed = run(dir);

    // then
    assertThat(code.lines().filter(line -> !line.isBlank())).hasSizeLessThanOrEqualTo(25);
    assertThat(code).doesNotContain("null");
    assertThat(printed)
        .contains("shipped SO-1/S1")
        .contains("CHAIR@MAIN 55 EA")
        .contains("1010 Cash at bank 1500.00 EUR")
        .contains("1100 Trade receivables 660.00 EUR")
        .contains("1300 Input VAT recoverable 200.00 EUR")
        .contains("2000 Trade payables -1200.00 EUR")
        .contains("2100 Output VAT payable -360.00 EUR")
        .contains("4000 Revenue from sale of goods -1800.00 EUR")
        .contains("5000 Cost of sales 1000.00 EUR")
        .doesNotContain("1200 Inventories");
  }

  private static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  private static String run(Path dir) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, QuickStartTest.class.getClassLoader())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass("QuickStart").getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
