package fr.fc.session;

import fr.fc.identity.PivotIdentity;
import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A citizen's fc session (contract section 2.2): whom an IdP authenticated and fc verified, kept
 * while the browser keeps using fc, so that another SP's login reuses it without the IdP or the RNIPP.
 *
 * @param id the opaque id of the browser's session cookie
 * @param registered the RNIPP identity, from which each SP's pairwise sub is computed
 * @param claims the claims fc may transmit
 * @param idpIdToken the IdP's ID token, the hint of the IdP's logout
 */
public record SsoSession(
    String id,
    String idpId,
    PivotIdentity registered,
    LinkedHashMap<String, Object> claims,
    String acr,
    List<String> amr,
    long authTime,
    String idpIdToken)
    implements Serializable {

  public SsoSession {
    claims = new LinkedHashMap<>(claims);
    amr = List.copyOf(amr);
  }

  /** In the data grid, as compact bytes rather than a graph of Java-serialized objects (BENCHMARKS.md). */
  @Serial
  private Object writeReplace() {
    return new SsoSessionBytes(this);
  }

  // The IdP's ID token is a credential: never in logs.
  @Override
  public String toString() {
    return "SsoSession[idpId=" + idpId + "]";
  }
}
