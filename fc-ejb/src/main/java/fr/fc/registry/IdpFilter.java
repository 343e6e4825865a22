package fr.fc.registry;

import java.io.Serializable;
import java.util.Set;

/**
 * The IdPs an SP lets its citizens log in with (contract section 2.1: idpFilterExclude and
 * idpFilterList): every IdP but those listed when {@code exclude}, else only those listed.
 */
public record IdpFilter(boolean exclude, Set<String> idpIds) implements Serializable {

  /** Every IdP fc offers: FranceConnect's default (an empty exclusion list). */
  public static final IdpFilter NONE = new IdpFilter(true, Set.of());

  public IdpFilter {
    idpIds = Set.copyOf(idpIds);
  }

  public boolean allows(String idpId) {
    return exclude != idpIds.contains(idpId);
  }
}
