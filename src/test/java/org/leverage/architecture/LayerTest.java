package org.leverage.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the arrows of DESIGN.md section 1 pointing one way. */
class LayerTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.leverage");

  @Test
  void layersDependOnlyDownwards() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("cli")
        .definedBy("org.leverage.cli..")
        .layer("report")
        .definedBy("org.leverage.report..")
        .layer("analysis")
        .definedBy("org.leverage.analysis..")
        .layer("model")
        .definedBy("org.leverage.model..")
        .layer("io")
        .definedBy("org.leverage.io..")
        .layer("solve")
        .definedBy("org.leverage.solve..")
        .layer("game")
        .definedBy("org.leverage.game..")
        .layer("numeric")
        .definedBy("org.leverage.numeric..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("report")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("analysis")
        .mayOnlyBeAccessedByLayers("cli", "report")
        .whereLayer("model")
        .mayOnlyBeAccessedByLayers("cli", "report", "analysis", "io")
        .whereLayer("io")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("solve")
        .mayOnlyBeAccessedByLayers("cli", "report", "analysis", "model", "io")
        .whereLayer("game")
        .mayOnlyBeAccessedByLayers("cli", "report", "analysis", "model", "io", "solve")
        .whereLayer("numeric")
        .mayOnlyBeAccessedByLayers("cli", "report", "analysis", "model", "io", "solve", "game")
        .check(CLASSES);
  }

  @Test
  void onlyTheCliUsesPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.leverage.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(CLASSES);
  }

  @Test
  void libraryCodeDoesNotPrint() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.leverage.cli..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .check(CLASSES);
  }
}
