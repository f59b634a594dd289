package io.bizloop.loop;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.bizloop.core.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The loop wires the contexts and nothing else: no framework, no adapter beyond the in-memory ones. */
class ArchitectureTest {

  private static final JavaClasses LOOP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.bizloop.loop");

  @Test
  void importsNoFramework() {
    ArchitectureRules.noFrameworkIn("io.bizloop.loop..", ArchitectureRules.FRAMEWORK_PACKAGES.toArray(String[]::new))
        .check(LOOP);
  }
}
