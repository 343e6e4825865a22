package fr.fc.session;

import fr.fc.oidc.AuthorizationRequest;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

/** The interactions under way, in the data grid for their contract lifetime (1800 s). */
@ApplicationScoped
public class Interactions extends FlowStore<Interaction> {

  static final long LIFETIME_SECONDS = 1800;

  public Interactions() {
    super("fc-interactions", Interaction.class, LIFETIME_SECONDS);
  }

  /** Starts the interaction of a validated request; its uid is unguessable. */
  public Interaction start(AuthorizationRequest request) {
    Interaction interaction = new Interaction(OpaqueIds.next(), request, Instant.now(), OpaqueIds.next(), null, null);
    cache().put(interaction.uid(), interaction);
    return interaction;
  }

  public Optional<Interaction> find(String uid) {
    return uid == null ? Optional.empty() : Optional.ofNullable(cache().get(uid));
  }

  /**
   * The interaction, when the form sent back its CSRF token (ASVS 3.5.1).
   *
   * @throws FcException Y470002 when the token is missing, Y470001 when it is another
   */
  public static Interaction requireCsrf(Interaction interaction, String csrfToken) {
    if (csrfToken == null || csrfToken.isBlank()) {
      throw new FcException(FcError.CSRF_TOKEN_MISSING);
    }
    if (!MessageDigest.isEqual(
        interaction.csrfToken().getBytes(StandardCharsets.US_ASCII),
        csrfToken.getBytes(StandardCharsets.US_ASCII))) {
      throw new FcException(FcError.CSRF_TOKEN_INVALID);
    }
    return interaction;
  }

  /** Saves the interaction's next state. */
  public void update(Interaction interaction) {
    cache().put(interaction.uid(), interaction);
  }

  /** Forgets the interaction: its next step, if any, will find nothing. */
  public void end(String uid) {
    cache().remove(uid);
  }

}
