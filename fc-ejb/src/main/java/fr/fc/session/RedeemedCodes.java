package fr.fc.session;

import fr.fc.shared.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The authorization codes redeemed lately, with the access token each one gave: kept as long as
 * such a token lives, so that a replayed code can revoke it (RFC 6749 section 4.1.2).
 */
@ApplicationScoped
public class RedeemedCodes extends FlowStore<RedeemedCode> {

  public RedeemedCodes() {
    super("fc-redeemed-codes", RedeemedCode.class, Setting.ACCESS_TOKEN_LIFETIME);
  }

  public void remember(String code, RedeemedCode redemption) {
    cache().put(code, redemption);
  }

  public Optional<RedeemedCode> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(cache().get(code));
  }
}
