package fr.fc.citizen;

import java.util.List;

/**
 * The citizen's choice of identity providers.
 *
 * @param idps each identity provider offered today, with the citizen's choice
 * @param newIdpsAllowed whether an identity provider registered after their last choice may be used
 */
public record IdpPreferences(List<IdpPreference> idps, boolean newIdpsAllowed) {

  public IdpPreferences {
    idps = List.copyOf(idps);
  }
}
