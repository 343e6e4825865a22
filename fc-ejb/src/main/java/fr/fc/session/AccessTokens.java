package fr.fc.session;

import fr.fc.shared.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The access tokens fc issued, for the contract's 60 seconds, unless revoked before. */
@ApplicationScoped
public class AccessTokens extends FlowStore<AccessToken> {

  public AccessTokens() {
    super("fc-access-tokens", AccessToken.class, Setting.ACCESS_TOKEN_LIFETIME);
  }

  public void store(AccessToken token) {
    cache().put(token.token(), token);
  }

  public Optional<AccessToken> find(String token) {
    return token == null ? Optional.empty() : Optional.ofNullable(cache().get(token));
  }

  public void revoke(String token) {
    cache().remove(token);
  }
}
