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

/**
 * A Java block of README.md (between {@code <!-- name -->} and {@code <!-- /name -->}) compiled
 * and run exactly as written, inside a {@code main} with the given imports, so the README
 * cannot drift from the API. In loop's test-jar, for every module whose README block it checks.
 */
public final class ReadmeBlock {

  private ReadmeBlock() {}

  /** The code of the block {@code name} of the README one folder up. */
  public static String code(String name) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String block = readme.substring(readme.indexOf("<!-- " + name + " -->"), readme.indexOf("<!-- /" + name + " -->"));
    return block.substring(block.indexOf("```java") + "```java".length(), block.lastIndexOf("```"));
  }

  /** Compiles the block {@code name} in {@code dir} with {@code imports} and runs it, answering what it printed. */
  public static String compileAndRun(Path dir, String name, List<String> imports) throws Exception {
    StringBuilder source = new StringBuilder();
    imports.forEach(i -> source.append("import ").append(i).append(";\n"));
    source.append("public class QuickStart {\n  public static void main(String[] args) {\n")
        .append(code(name)).append("\n  }\n}\n");
    Path file = dir.resolve("QuickStart.java");
    Files.writeString(file, source);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = compiler.getTask(diagnostics, null, null,
        List.of("-classpath", classpath(), "-d", dir.toString()), null,
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file)).call();
    assertThat(compiled).as("README block %s compiles:%n%s", name, diagnostics).isTrue();
    return run(dir);
  }

  private static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  private static String run(Path dir) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ReadmeBlock.class.getClassLoader())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass("QuickStart").getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
