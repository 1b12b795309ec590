package org.leverage.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.solve.bimatrix.MaximalNashSubsets;

/**
 * Readers only read and renderers only render: neither runs a solver (results come computed from
 * the solver catalog and the analyses), and every JSON document is written by {@code report.Json}.
 */
class ReadersAndRenderersTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.leverage");

  @Test
  void readersAndRenderersRunNoSolver() {
    noClasses()
        .that()
        .resideInAnyPackage("org.leverage.io..", "org.leverage.report..")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Solver")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Evaluator")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Eliminator")
        .orShould()
        .callMethod(MaximalNashSubsets.class, "of", List.class)
        .check(CLASSES);
  }

  @Test
  void oneJsonWriter() {
    noClasses()
        .that()
        .resideInAPackage("org.leverage.report..")
        .and()
        .doNotHaveSimpleName("Json")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .check(CLASSES);
  }
}
