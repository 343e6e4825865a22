package fr.fc.session;

import fr.fc.shared.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Authorization codes, single use, for the contract's 30 seconds. */
@ApplicationScoped
public class AuthorizationCodes extends FlowStore<AuthorizationCode> {


  public AuthorizationCodes() {
    super("fc-authorization-codes", AuthorizationCode.class, Setting.CODE_LIFETIME);
  }

  public void store(AuthorizationCode code) {
    cache().put(code.code(), code);
  }

  /** The code's grant, removed in the same step: a second redemption finds nothing. */
  public Optional<AuthorizationCode> redeem(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(cache().getAndRemove(code));
  }
}
