package org.dlkit.kernel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves Maven coordinates with their runtime dependencies from Maven Central into the local
 * repository ({@code ~/.m2/repository}, or {@code -Dmaven.repo.local}), using Maven Resolver.
 */
final class MavenResolver {
  private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

  private MavenResolver() {}

  /**
   * Returns the jars of the given artifacts and of everything they need at runtime.
   *
   * @param coordinates {@code group:artifact:version} or
   *     {@code group:artifact[:extension[:classifier]]:version}
   * @throws IllegalArgumentException naming the coordinate when it is malformed or cannot be resolved
   */
  static List<Path> resolve(List<String> coordinates) {
    RepositorySystem system = new RepositorySystemSupplier().get();
    DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
    session.setSystemProperties(System.getProperties());
    session.setLocalRepositoryManager(system.newLocalRepositoryManager(session, new LocalRepository(localRepository().toFile())));
    RemoteRepository central = new RemoteRepository.Builder("central", "default", CENTRAL).build();
    List<Path> jars = new ArrayList<>();
    for (String coordinate : coordinates) {
      DefaultArtifact artifact;
      try {
        artifact = new DefaultArtifact(coordinate);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + coordinate + "' is not group:artifact:version");
      }
      CollectRequest collect = new CollectRequest(new Dependency(artifact, JavaScopes.RUNTIME), List.of(central));
      DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
      try {
        for (ArtifactResult result : system.resolveDependencies(session, request).getArtifactResults()) {
          if (result.getArtifact() != null && result.getArtifact().getFile() != null) {
            jars.add(result.getArtifact().getFile().toPath());
          }
        }
      } catch (DependencyResolutionException e) {
        throw new IllegalArgumentException("cannot resolve " + coordinate + " from Maven Central: " + e.getMessage(), e);
      }
    }
    system.shutdown();
    return jars;
  }

  private static Path localRepository() {
    String configured = System.getProperty("maven.repo.local");
    return configured != null ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".m2", "repository");
  }
}
