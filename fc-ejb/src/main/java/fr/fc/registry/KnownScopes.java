package fr.fc.registry;

import java.util.Set;

/**
 * The scopes fc knows, which a registration may name: every scope for an SP, the data scopes for a
 * data provider. Given by the data domain (a CDI producer), which the registry must not depend on.
 */
public record KnownScopes(Set<String> all, Set<String> data) {

  public KnownScopes {
    all = Set.copyOf(all);
    data = Set.copyOf(data);
  }
}
