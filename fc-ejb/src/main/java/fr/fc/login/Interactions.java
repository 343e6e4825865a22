package fr.fc.login;

import fr.fc.oidc.AuthorizationRequest;
import fr.fc.session.BrowserBinding;
import fr.fc.session.FlowStore;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import fr.fc.shared.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

/** The interactions under way, in the data grid for their contract lifetime (1800 s). */
@ApplicationScoped
public class Interactions extends FlowStore<Interaction> {


  public Interactions() {
    super("fc-interactions", Interaction.class, Setting.INTERACTION_LIFETIME);
  }

  /**
   * Starts the interaction of a validated request, bound to the browser that holds the secret.
   *
   * @param browserSecret a new {@link BrowserBinding#newSecret() secret}, for the browser's cookie
   */
  public Interaction start(AuthorizationRequest request, String browserSecret) {
    String uid = BrowserBinding.interactionUid(browserSecret);
    Interaction interaction =
        new Interaction(uid, request, Instant.now(), BrowserBinding.csrfToken(browserSecret, uid), null, null);
    cache().put(interaction.uid(), interaction);
    return interaction;
  }

  /** The interaction, whoever asks: for fc's own use, never for a browser's step. */
  public Optional<Interaction> find(String uid) {
    return uid == null ? Optional.empty() : Optional.ofNullable(cache().get(uid));
  }

  /** The interaction named in a URL or a form, when the browser holds its secret (its cookie). */
  public Optional<Interaction> bound(String uid, String browserSecret) {
    return BrowserBinding.holds(browserSecret, uid) ? find(uid) : Optional.empty();
  }

  /** The interaction the browser's secret started, if it still lasts. */
  public Optional<Interaction> ofBrowser(String browserSecret) {
    return BrowserBinding.isWellFormed(browserSecret)
        ? find(BrowserBinding.interactionUid(browserSecret))
        : Optional.empty();
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
