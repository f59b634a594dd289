package io.bizloop.accounting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import io.bizloop.core.architecture.ArchitectureRules;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The accounting context against the shared rules of core's test-jar. */
class ArchitectureTest {

  private static final JavaClasses ACCOUNTING = ArchitectureRules.importMainClasses("accounting");

  @TestFactory
  List<DynamicTest> followsTheSharedArchitectureRules() {
    return ArchitectureRules.forContext("accounting").stream()
        .map(
            (ArchRule rule) ->
                DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(ACCOUNTING)))
        .toList();
  }
}
