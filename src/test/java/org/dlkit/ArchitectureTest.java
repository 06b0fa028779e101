package org.dlkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the dependency arrows of DESIGN.md true: the library packages depend only downward
 * (nd ← autograd ← nn ← optim ← train), and nothing in the library reaches the tools built on it.
 */
@AnalyzeClasses(packages = "org.dlkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule ndKnowsNoOtherDlkitPackage = noClasses()
      .that().resideInAPackage("org.dlkit.nd..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.dlkit.autograd..", "org.dlkit.nn..", "org.dlkit.optim..", "org.dlkit.train..",
          "org.dlkit.data..", "org.dlkit.plot..", "org.dlkit.notebook..", "org.dlkit.kernel..",
          "org.dlkit.dl4j..", "org.dlkit.grader..", "org.dlkit.cli..", "org.dlkit.bench..");

  @ArchTest
  static final ArchRule autogradDependsOnlyOnNd = noClasses()
      .that().resideInAPackage("org.dlkit.autograd..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.dlkit.nn..", "org.dlkit.optim..", "org.dlkit.train..", "org.dlkit.data..",
          "org.dlkit.plot..", "org.dlkit.notebook..", "org.dlkit.kernel..", "org.dlkit.dl4j..",
          "org.dlkit.grader..", "org.dlkit.cli..", "org.dlkit.bench..");

  @ArchTest
  static final ArchRule libraryNeverReachesTheTools = noClasses()
      .that().resideInAnyPackage("org.dlkit.nd..", "org.dlkit.autograd..", "org.dlkit.nn..", "org.dlkit.optim..",
          "org.dlkit.train..", "org.dlkit.data..", "org.dlkit.plot..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.dlkit.notebook..", "org.dlkit.kernel..", "org.dlkit.grader..", "org.dlkit.cli..", "org.dlkit.bench..");

  @ArchTest
  static final ArchRule onlyTheCommandLineStartsBenchmarks = noClasses()
      .that().resideOutsideOfPackages("org.dlkit.cli..", "org.dlkit.bench..")
      .should().dependOnClassesThat().resideInAnyPackage("org.dlkit.bench..", "org.dlkit.cli..");
}
