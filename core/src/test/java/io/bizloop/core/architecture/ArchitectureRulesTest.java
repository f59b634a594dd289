package io.bizloop.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Proves the shared rules bite: the deliberately bad classes under {@code
 * io.bizloop.accounting.archfixture} break them, the well-behaved ones under {@code
 * io.bizloop.crm.archfixture} pass them.
 */
class ArchitectureRulesTest {

  private static final JavaClasses BAD =
      new ClassFileImporter()
          .importPackages("io.bizloop.accounting.archfixture", "io.bizloop.inventory.archfixture");

  private static final JavaClasses GOOD =
      new ClassFileImporter().importPackages("io.bizloop.crm.archfixture");

  @Test
  void reportsAContextImportingAnotherContext() {
    EvaluationResult result =
        ArchitectureRules.doesNotDependOnOtherContexts("accounting", "inventory", "crm")
            .evaluate(BAD);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("ImportsAnotherContext") && line.contains("SomeType"));
  }

  @Test
  void reportsAFrameworkImport() {
    ArchRule rule =
        ArchitectureRules.noFrameworkIn("io.bizloop.accounting.archfixture..", "org.assertj..");

    EvaluationResult result = rule.evaluate(BAD);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("ImportsAFramework"));
  }

  @Test
  void reportsADependencyOutsideTheAllowedPackages() {
    EvaluationResult result =
        ArchitectureRules.dependsOnlyOnJdkValidationLoggingCoreAndItself("accounting").evaluate(BAD);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("ImportsAFramework"))
        .anyMatch(line -> line.contains("ImportsAnotherContext"))
        .noneMatch(line -> line.contains("LogsInTheDomain"));
  }

  @Test
  void reportsLoggingOutsideTheApplicationPackage() {
    EvaluationResult result = ArchitectureRules.loggingOnlyInApplication("accounting").evaluate(BAD);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("LogsInTheDomain"));
  }

  @Test
  void reportsAClassInAPortPackage() {
    EvaluationResult result = ArchitectureRules.portsAreInterfacesOrValues("accounting").evaluate(BAD);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("LedgerClient"));
  }

  @Test
  void reportsAUseCaseTakingMoreThanSixPorts() {
    EvaluationResult result = ArchitectureRules.noApplicationClassTakesMoreThanSixPorts("accounting").evaluate(BAD);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("TakesEveryPort"));
  }

  @Test
  void reportsAnApplicationClassUsingAnAdapter() {
    EvaluationResult result = ArchitectureRules.applicationDependsOnlyOnItsDomainPortsAndCore("accounting").evaluate(BAD);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("InMemoryLedger"));
  }

  @Test
  void reportsADomainClassThrowingForARule() {
    EvaluationResult result = ArchitectureRules.domainThrowsNoIllegalStateException("accounting").evaluate(BAD);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("ThrowsForARule"));
  }

  @Test
  void reportsAUseCaseOfAnotherShape() {
    EvaluationResult result = ArchitectureRules.useCasesImplementUseCase("accounting").evaluate(BAD);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("TakesEveryPort"));
  }

  @Test
  void everyRuleOfTheContextReportsTheBadFixture() {
    assertThat(ArchitectureRules.forContext("accounting"))
        .hasSize(9)
        .filteredOn(rule -> !rule.getDescription().contains("imports no framework"))
        .allSatisfy(rule -> assertThat(rule.evaluate(BAD).hasViolation()).as(rule.getDescription()).isTrue());
  }

  @Test
  void wellBehavedClassesPassEveryRule() {
    for (ArchRule rule : ArchitectureRules.forContext("crm")) {
      rule.check(GOOD);
    }
  }

  @Test
  void emptyContextsPass() {
    JavaClasses nothing = new ClassFileImporter().importPackages("io.bizloop.nosuchcontext");
    for (ArchRule rule : ArchitectureRules.forContext("inventory")) {
      rule.check(nothing);
    }
  }
}
