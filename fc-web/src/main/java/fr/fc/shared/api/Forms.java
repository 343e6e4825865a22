package fr.fc.shared.api;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.ws.rs.core.MultivaluedMap;

/** The form of a back-channel POST, before {@link fr.fc.shared.request.RequestParameters} reads it. */
public final class Forms {

  private Forms() {}

  /**
   * The form, which JAX-RS reads as null when its body is empty and has no Content-Type: such a
   * request lacks its first required parameter.
   *
   * @throws FcException missing, when there is no form at all
   */
  public static MultivaluedMap<String, String> required(MultivaluedMap<String, String> form, FcError missing) {
    if (form == null) {
      throw new FcException(missing);
    }
    return form;
  }
}
