package io.bizloop.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CoreArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.bizloop.core");

  @Test
  void coreDependsOnlyOnTheJdkValidationAndLogging() {
    ArchitectureRules.coreDependsOnlyOnJdkValidationAndLogging().check(CORE);
  }

  @Test
  void coreUsesNoFramework() {
    ArchitectureRules.noFrameworkIn(
            "io.bizloop.core..", ArchitectureRules.FRAMEWORK_PACKAGES.toArray(String[]::new))
        .check(CORE);
  }
}
