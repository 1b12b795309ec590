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
        // The Spark job: the sensitivity command with its points evaluated on a cluster. It sits
        // on top (it drives cli's command); Spark is a provided dependency, so nothing else may
        // need it.
        .layer("spark")
        .definedBy("org.leverage.spark..")
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
        .whereLayer("spark")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("cli")
        .mayOnlyBeAccessedByLayers("spark")
        .whereLayer("report")
        .mayOnlyBeAccessedByLayers("cli", "spark")
        // io reads and writes analysis results too (the raw evaluations of sampling chunks)
        .whereLayer("analysis")
        .mayOnlyBeAccessedByLayers("cli", "report", "io", "spark")
        .whereLayer("model")
        .mayOnlyBeAccessedByLayers("cli", "report", "analysis", "io", "spark")
        .whereLayer("io")
        .mayOnlyBeAccessedByLayers("cli", "spark")
        .whereLayer("solve")
        .mayOnlyBeAccessedByLayers("cli", "report", "analysis", "model", "io", "spark")
        .whereLayer("game")
        .mayOnlyBeAccessedByLayers("cli", "report", "analysis", "model", "io", "solve", "spark")
        .whereLayer("numeric")
        .mayOnlyBeAccessedByLayers(
            "cli", "report", "analysis", "model", "io", "solve", "game", "spark")
        .check(CLASSES);
  }

  @Test
  void onlyTheSparkJobUsesSpark() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.leverage.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..")
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
    // Two entry points print and exit: the command line's Main and the Spark job's SweepJob.
    noClasses()
        .that()
        .resideOutsideOfPackage("org.leverage.cli..")
        .and()
        .doNotHaveFullyQualifiedName("org.leverage.spark.SweepJob")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .check(CLASSES);
  }
}
