package io.bizloop.crm;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import io.bizloop.core.architecture.ArchitectureRules;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The crm context against the shared rules of core's test-jar. */
class ArchitectureTest {

  private static final JavaClasses CRM = ArchitectureRules.importMainClasses("crm");

  @TestFactory
  List<DynamicTest> followsTheSharedArchitectureRules() {
    return ArchitectureRules.forContext("crm").stream()
        .map(
            (ArchRule rule) ->
                DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(CRM)))
        .toList();
  }
}
