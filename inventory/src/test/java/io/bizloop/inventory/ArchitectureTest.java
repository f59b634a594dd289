package io.bizloop.inventory;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import io.bizloop.core.architecture.ArchitectureRules;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The inventory context against the shared rules of core's test-jar. */
class ArchitectureTest {

  private static final JavaClasses INVENTORY = ArchitectureRules.importMainClasses("inventory");

  @TestFactory
  List<DynamicTest> followsTheSharedArchitectureRules() {
    return ArchitectureRules.forContext("inventory").stream()
        .map(
            (ArchRule rule) ->
                DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(INVENTORY)))
        .toList();
  }
}
