package fr.fc.data;

import fr.fc.registry.KnownScopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Gives the registry the scopes a registration may name. */
@ApplicationScoped
public class ScopeCatalogue {

  @Produces
  public KnownScopes knownScopes() {
    return knownScopesNow();
  }

  /** The same, outside CDI (tests, tools). */
  public static KnownScopes knownScopesNow() {
    return new KnownScopes(
        Set.copyOf(Scopes.all()), Arrays.stream(DataScope.values()).map(DataScope::value).collect(Collectors.toSet()));
  }
}
