package io.bizloop.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The architecture rules shared by the domain modules (accounting, inventory, crm), published in
 * core's test-jar so that every module checks itself against the same definition.
 *
 * <p>A bounded context {@code io.bizloop.<context>}:
 *
 * <ul>
 *   <li>depends only on the JDK, Jakarta Validation, SLF4J, core and itself ({@link
 *       #dependsOnlyOnJdkValidationLoggingCoreAndItself});
 *   <li>uses SLF4J only in its {@code application} package ({@link #loggingOnlyInApplication});
 *   <li>never imports another context ({@link #doesNotDependOnOtherContexts});
 *   <li>declares ports as interfaces, with records (or enums) for the values they exchange
 *       ({@link #portsAreInterfacesOrValues});
 *   <li>imports no framework ({@link #usesNoFramework});
 *   <li>gives every use case one shape: an application class with a {@code handle} method
 *       implements core's {@code UseCase} ({@link #useCasesImplementUseCase}).
 * </ul>
 *
 * <p>All rules allow an empty "should" so that a module without classes yet passes.
 */
public final class ArchitectureRules {

  /** The bounded contexts; they meet only through core. */
  public static final List<String> CONTEXTS = List.of("accounting", "inventory", "crm");

  /** Packages no domain module may import: frameworks, persistence, code generators, JSON. */
  public static final List<String> FRAMEWORK_PACKAGES =
      List.of(
          "org.springframework..",
          "jakarta.persistence..",
          "javax.persistence..",
          "org.hibernate..",
          "lombok..",
          "org.mapstruct..",
          "com.fasterxml.jackson..");

  /** Packages the library as a whole may use: the JDK, validation annotations and the logging API. */
  public static final List<String> LIBRARY_ALLOWED_PACKAGES =
      List.of("java..", "jakarta.validation..", "org.slf4j..");

  /** The root package of a context, e.g. {@code io.bizloop.accounting}. */
  public static String rootPackage(String context) {
    return "io.bizloop." + requireContextName(context);
  }

  /** Every rule for one context, e.g. {@code forContext("accounting")}. */
  public static List<ArchRule> forContext(String context) {
    List<String> others = new ArrayList<>(CONTEXTS);
    others.remove(context);
    return List.of(
        dependsOnlyOnJdkValidationLoggingCoreAndItself(context),
        loggingOnlyInApplication(context),
        doesNotDependOnOtherContexts(context, others.toArray(String[]::new)),
        portsAreInterfacesOrValues(context),
        usesNoFramework(context),
        applicationDependsOnlyOnItsDomainPortsAndCore(context),
        noApplicationClassTakesMoreThanSixPorts(context),
        domainThrowsNoIllegalStateException(context),
        useCasesImplementUseCase(context));
  }

  /**
   * Every application class of {@code context} that has a {@code handle} method implements core's
   * {@link io.bizloop.core.port.UseCase}: one shape for every use case, and the function a facade
   * hands to the {@code CommandRunner}.
   */
  public static ArchRule useCasesImplementUseCase(String context) {
    return classes()
        .that()
        .resideInAPackage(rootPackage(context) + "..application..")
        .and(HAVE_A_HANDLE_METHOD)
        .should()
        .implement(io.bizloop.core.port.UseCase.class)
        .as("every use case of " + context + " (an application class with handle) implements UseCase")
        .allowEmptyShould(true);
  }

  private static final DescribedPredicate<JavaClass> HAVE_A_HANDLE_METHOD =
      DescribedPredicate.describe(
          "have a handle method",
          type -> type.getMethods().stream().anyMatch(method -> method.getName().equals("handle")));

  /** The most ports one application class may take through a constructor. */
  public static final int MAX_PORTS_PER_CLASS = 6;

  /**
   * Application classes of {@code context} depend only on the JDK, jakarta.validation, org.slf4j,
   * core and their own context's domain, ports and application: never on its adapters.
   */
  public static ArchRule applicationDependsOnlyOnItsDomainPortsAndCore(String context) {
    String root = rootPackage(context);
    String[] allowed =
        Stream.concat(
                LIBRARY_ALLOWED_PACKAGES.stream(),
                Stream.of("io.bizloop.core..", root + "..domain..", root + "..port..", root + "..application.."))
            .toArray(String[]::new);
    return classes()
        .that()
        .resideInAPackage(root + "..application..")
        .should()
        .onlyDependOnClassesThat(primitiveOrArrayOf(allowed))
        .as("application classes of " + context + " depend only on its domain, its ports and core")
        .allowEmptyShould(true);
  }

  /**
   * No constructor of an application class of {@code context} takes more than
   * {@value #MAX_PORTS_PER_CLASS} ports (interfaces of a {@code port} package, core's or the
   * context's): a use case gets the few ports it uses, not a bag of them.
   */
  public static ArchRule noApplicationClassTakesMoreThanSixPorts(String context) {
    return classes()
        .that()
        .resideInAPackage(rootPackage(context) + "..application..")
        .should(TAKE_AT_MOST_SIX_PORTS)
        .as("no application class of " + context + " takes more than " + MAX_PORTS_PER_CLASS + " ports")
        .allowEmptyShould(true);
  }

  /** Domain classes of {@code context} never throw IllegalStateException: a rule that says no answers a rejection. */
  public static ArchRule domainThrowsNoIllegalStateException(String context) {
    return noClasses()
        .that()
        .resideInAPackage(rootPackage(context) + "..domain..")
        .should()
        .callConstructor(IllegalStateException.class, String.class)
        .orShould()
        .callConstructor(IllegalStateException.class)
        .as("domain classes of " + context + " throw no IllegalStateException (a business no is an Outcome)")
        .allowEmptyShould(true);
  }

  private static final ArchCondition<JavaClass> TAKE_AT_MOST_SIX_PORTS =
      new ArchCondition<>("take at most " + MAX_PORTS_PER_CLASS + " ports per constructor") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
          for (var constructor : type.getConstructors()) {
            long ports =
                constructor.getRawParameterTypes().stream()
                    .filter(JavaClass::isInterface)
                    .filter(p -> p.getPackageName().endsWith(".port") || p.getPackageName().contains(".port."))
                    .count();
            if (ports > MAX_PORTS_PER_CLASS) {
              events.add(
                  com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                      constructor, constructor.getFullName() + " takes " + ports + " ports"));
            }
          }
        }
      };

  /**
   * The main classes of a context, tests and jars (core, its test-jar) left out, and never the
   * deliberately bad {@code archfixture} classes that prove the rules in core's own tests.
   */
  public static JavaClasses importMainClasses(String context) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .withImportOption(location -> !location.contains("/archfixture/"))
        .importPackages(rootPackage(context));
  }

  /** Classes of {@code context} depend only on java.., jakarta.validation.., org.slf4j.., core and the context itself. */
  public static ArchRule dependsOnlyOnJdkValidationLoggingCoreAndItself(String context) {
    String root = rootPackage(context);
    String[] allowed =
        Stream.concat(
                LIBRARY_ALLOWED_PACKAGES.stream(), Stream.of("io.bizloop.core..", root + ".."))
            .toArray(String[]::new);
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should()
        .onlyDependOnClassesThat(primitiveOrArrayOf(allowed))
        .as(context + " depends only on the JDK, jakarta.validation, org.slf4j, core and itself")
        .allowEmptyShould(true);
  }

  /** SLF4J belongs to application services; domain and ports stay free of logging. */
  public static ArchRule loggingOnlyInApplication(String context) {
    String root = rootPackage(context);
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackage(root + "..application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.slf4j..")
        .as(context + " logs only in its application package")
        .allowEmptyShould(true);
  }

  /** Classes of {@code context} never import one of {@code otherContexts}. */
  public static ArchRule doesNotDependOnOtherContexts(String context, String... otherContexts) {
    String[] forbidden =
        Stream.of(otherContexts).map(o -> rootPackage(o) + "..").toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage(rootPackage(context) + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .as(context + " does not depend on " + String.join(", ", otherContexts))
        .allowEmptyShould(true);
  }

  /**
   * Top-level types in a {@code port} package of {@code context} are interfaces, or records and
   * enums carrying the commands, queries and answers the ports exchange; nested types are free.
   */
  public static ArchRule portsAreInterfacesOrValues(String context) {
    return classes()
        .that()
        .resideInAPackage(rootPackage(context) + "..port..")
        .and(TOP_LEVEL)
        .should(BE_INTERFACE_RECORD_OR_ENUM)
        .as("ports of " + context + " are interfaces (or records/enums for their values)")
        .allowEmptyShould(true);
  }

  /** Classes of {@code context} import none of {@link #FRAMEWORK_PACKAGES}. */
  public static ArchRule usesNoFramework(String context) {
    return noFrameworkIn(rootPackage(context) + "..", FRAMEWORK_PACKAGES.toArray(String[]::new));
  }

  /**
   * Classes in {@code packageIdentifier} import none of {@code bannedPackages}; the parameter
   * lets a test show the rule fails on a library that is on the test classpath.
   */
  public static ArchRule noFrameworkIn(String packageIdentifier, String... bannedPackages) {
    return noClasses()
        .that()
        .resideInAPackage(packageIdentifier)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(bannedPackages)
        .as(packageIdentifier + " imports no framework (" + String.join(", ", bannedPackages) + ")")
        .allowEmptyShould(true);
  }

  /** Core depends only on the JDK, jakarta.validation and org.slf4j (and itself). */
  public static ArchRule coreDependsOnlyOnJdkValidationAndLogging() {
    String[] allowed =
        Stream.concat(LIBRARY_ALLOWED_PACKAGES.stream(), Stream.of("io.bizloop.core.."))
            .toArray(String[]::new);
    return classes()
        .that()
        .resideInAPackage("io.bizloop.core..")
        .should()
        .onlyDependOnClassesThat(primitiveOrArrayOf(allowed))
        .as("core depends only on the JDK, jakarta.validation and org.slf4j")
        .allowEmptyShould(true);
  }

  private static final DescribedPredicate<JavaClass> TOP_LEVEL =
      DescribedPredicate.describe("are top-level types", JavaClass::isTopLevelClass);

  private static final Set<String> VALUE_SUPERCLASSES = Set.of("java.lang.Record", "java.lang.Enum");

  private static final ArchCondition<JavaClass> BE_INTERFACE_RECORD_OR_ENUM =
      new ArchCondition<>("be interfaces, records or enums") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
          boolean ok =
              type.isInterface()
                  || type.getRawSuperclass()
                      .map(s -> VALUE_SUPERCLASSES.contains(s.getName()))
                      .orElse(false);
          events.add(
              new SimpleConditionEvent(
                  type,
                  ok,
                  type.getName()
                      + (ok ? " is" : " is not")
                      + " an interface, record or enum in "
                      + type.getSourceCodeLocation()));
        }
      };

  /** Classes in one of {@code packages}, arrays of them, and primitives. */
  private static DescribedPredicate<JavaClass> primitiveOrArrayOf(String... packages) {
    DescribedPredicate<JavaClass> inPackages = JavaClass.Predicates.resideInAnyPackage(packages);
    return DescribedPredicate.describe(
        "reside in any package " + String.join(", ", packages) + " (or are primitives)",
        type -> {
          JavaClass base = type.getBaseComponentType();
          return base.isPrimitive() || inPackages.test(base);
        });
  }

  private static String requireContextName(String context) {
    if (context == null || !context.matches("[a-z][a-z0-9]*")) {
      throw new IllegalArgumentException("not a context name: " + context);
    }
    return context;
  }

  private ArchitectureRules() {}
}
