package fr.fc.login;

import fr.fc.federation.IdpLogin;
import fr.fc.federation.VerifiedIdentity;
import fr.fc.oidc.AuthorizationRequest;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * One citizen's login for one SP, from the authorization request to the code: its state between
 * the browser's steps.
 *
 * @param uid the opaque id the browser carries between steps
 * @param csrfToken the token the interaction's forms must send back
 * @param idpLogin the login under way at an IdP (sent there, its answer not yet verified), or null
 * @param identity the identity an IdP gave and fc checked, or null
 */
public record Interaction(
    String uid,
    AuthorizationRequest request,
    Instant startedAt,
    String csrfToken,
    IdpLogin idpLogin,
    VerifiedIdentity identity)
    implements Serializable {

  public Interaction withIdpLogin(IdpLogin login) {
    return new Interaction(uid, request, startedAt, csrfToken, login, null);
  }

  /** The IdP's answer is spent once its identity is verified: the same answer sent again is refused. */
  public Interaction withIdentity(VerifiedIdentity verified) {
    return new Interaction(uid, request, startedAt, csrfToken, null, verified);
  }

  public Optional<IdpLogin> pendingIdpLogin() {
    return Optional.ofNullable(idpLogin);
  }

  public Optional<VerifiedIdentity> verifiedIdentity() {
    return Optional.ofNullable(identity);
  }

  /** In the data grid, as compact bytes rather than a graph of Java-serialized objects (BENCHMARKS.md). */
  @Serial
  private Object writeReplace() {
    return new InteractionBytes(this);
  }
}
