package org.dlkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the dependency arrows of DESIGN.md true: nd ← autograd ← nn ← optim ← train, with data
 * beside nd and plot above them all, and nothing in the library reaching the tools built on it.
 */
@AnalyzeClasses(packages = "org.dlkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String ND = "org.dlkit.nd..";
  private static final String AUTOGRAD = "org.dlkit.autograd..";
  private static final String NN = "org.dlkit.nn..";
  private static final String OPTIM = "org.dlkit.optim..";
  private static final String TRAIN = "org.dlkit.train..";
  private static final String DATA = "org.dlkit.data..";
  private static final String PLOT = "org.dlkit.plot..";
  private static final String[] TOOLS = {
    "org.dlkit.notebook..", "org.dlkit.kernel..", "org.dlkit.dl4j..", "org.dlkit.grader..", "org.dlkit.cli..",
    "org.dlkit.bench..", "org.dlkit.exercise..", "org.dlkit.widget..", "org.dlkit.hub.."
  };

  @ArchTest
  static final ArchRule ndStandsAlone = noClasses().that().resideInAPackage(ND)
      .should().dependOnClassesThat().resideInAnyPackage(AUTOGRAD, NN, OPTIM, TRAIN, DATA, PLOT);

  @ArchTest
  static final ArchRule autogradKnowsOnlyNd = noClasses().that().resideInAPackage(AUTOGRAD)
      .should().dependOnClassesThat().resideInAnyPackage(NN, OPTIM, TRAIN, DATA, PLOT);

  @ArchTest
  static final ArchRule nnKnowsNoOptimizer = noClasses().that().resideInAPackage(NN)
      .should().dependOnClassesThat().resideInAnyPackage(OPTIM, TRAIN, DATA, PLOT);

  @ArchTest
  static final ArchRule optimKnowsNoTrainingLoop = noClasses().that().resideInAPackage(OPTIM)
      .should().dependOnClassesThat().resideInAnyPackage(TRAIN, DATA, PLOT);

  @ArchTest
  static final ArchRule dataKnowsOnlyNd = noClasses().that().resideInAPackage(DATA)
      .should().dependOnClassesThat().resideInAnyPackage(AUTOGRAD, NN, OPTIM, TRAIN, PLOT);

  @ArchTest
  static final ArchRule trainDrawsNothing = noClasses().that().resideInAPackage(TRAIN)
      .should().dependOnClassesThat().resideInAnyPackage(PLOT);

  @ArchTest
  static final ArchRule notebookKnowsNoKernel = noClasses().that().resideInAPackage("org.dlkit.notebook..")
      .should().dependOnClassesThat().resideInAnyPackage("org.dlkit.kernel..", "org.dlkit.cli..");

  @ArchTest
  static final ArchRule widgetsKnowNoKernel = noClasses().that().resideInAPackage("org.dlkit.widget..")
      .should().dependOnClassesThat().resideInAnyPackage("org.dlkit.kernel..", "org.dlkit.grader..", "org.dlkit.cli..");

  @ArchTest
  static final ArchRule libraryNeverReachesTheTools = noClasses()
      .that().resideInAnyPackage(ND, AUTOGRAD, NN, OPTIM, TRAIN, DATA, PLOT)
      .should().dependOnClassesThat().resideInAnyPackage(TOOLS);

  @ArchTest
  static final ArchRule onlyTheCommandLineStartsBenchmarks = noClasses()
      .that().resideOutsideOfPackages("org.dlkit.cli..", "org.dlkit.bench..")
      .should().dependOnClassesThat().resideInAnyPackage("org.dlkit.bench..", "org.dlkit.cli..");

  @ArchTest
  static final ArchRule onlyTheBridgeTouchesDl4j = noClasses().that().resideOutsideOfPackage("org.dlkit.dl4j..")
      .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..", "org.bytedeco..");

  @ArchTest
  static final ArchRule studentCodeNeverReachesTheGrader = noClasses()
      .that().resideInAnyPackage("org.dlkit.notebook..", "org.dlkit.exercise..")
      .should().dependOnClassesThat().resideInAnyPackage("org.dlkit.grader..", "org.dlkit.kernel..", "org.dlkit.cli..");
}
