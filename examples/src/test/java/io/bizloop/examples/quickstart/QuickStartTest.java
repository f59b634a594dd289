package io.bizloop.examples.quickstart;

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

  private static final List<String> IMPORTS =
      List.of(
          "io.bizloop.accounting.application.*",
          "io.bizloop.core.*",
          "io.bizloop.core.bus.*",
          "io.bizloop.core.memory.*",
          "io.bizloop.core.port.*",
          "io.bizloop.crm.application.*",
          "io.bizloop.crm.domain.CrmSettings",
          "io.bizloop.crm.port.*",
          "io.bizloop.inventory.application.*",
          "java.math.BigDecimal",
          "java.time.LocalDate",
          "java.util.Currency",
          "java.util.List");

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
    assertThat(printed)
        .contains("1002 银行存款 100.00 CNY")
        .contains("1122 应收账款 69.50 CNY")
        .contains("1405 库存商品 140.00 CNY")
        .contains("2202 应付账款 -226.00 CNY")
        .contains("5001 主营业务收入 -150.00 CNY")
        .contains("5401 主营业务成本 60.00 CNY");
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
