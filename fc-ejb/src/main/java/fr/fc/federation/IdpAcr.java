package fr.fc.federation;

import fr.fc.oidc.Acr;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.util.List;

/** The acr an IdP answers with (contract section 2.1, "acr handling"). */
final class IdpAcr {

  private IdpAcr() {}

  /**
   * @param answered the acr of the IdP's ID token, or null
   * @param allowed the acrs this IdP may answer with
   * @param requested the acr the SP asked for
   * @throws FcException Y100018 for an acr outside the IdP's, Y100001 for one below the SP's
   */
  static void check(String answered, List<String> allowed, String requested) {
    if (answered == null || !allowed.contains(answered) || !Acr.isLevel(answered)) {
      throw new FcException(FcError.IDP_ACR_NOT_ALLOWED);
    }
    if (!Acr.atLeast(answered, requested)) {
      throw new FcException(FcError.IDP_ACR_TOO_LOW);
    }
  }
}
