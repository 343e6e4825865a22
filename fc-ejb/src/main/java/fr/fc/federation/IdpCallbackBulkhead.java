package fr.fc.federation;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import fr.fc.shared.error.FcError;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import fr.fc.shared.error.FcException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds the IdP callbacks under way at once: each waits on the IdP (token, userinfo) and on the
 * register, up to seconds, on a thread of the listener that serves everyone. Past the bound, a
 * callback is answered at once with Y000003 instead of taking another thread, so that a slow IdP or
 * register slows only the logins that need it.
 */
@ApplicationScoped
public class IdpCallbackBulkhead {

  @EJB private Configuration configuration;

  private Semaphore permits;

  public IdpCallbackBulkhead() {}

  IdpCallbackBulkhead(int capacity) {
    permits = new Semaphore(capacity);
  }

  // The default capacity is below the services' EJB pools (32): no callback waits for an instance of them.
  @PostConstruct
  void size() {
    permits = new Semaphore(configuration.settings().count(Setting.IDP_CALLBACK_CAPACITY));
  }

  /**
   * @throws FcException Y000003 when as many callbacks as the bound are under way
   */
  public <T> T run(Supplier<T> callback) {
    if (!permits.tryAcquire()) {
      throw new FcException(FcError.IDP_LOGINS_SATURATED);
    }
    try {
      return callback.get();
    } finally {
      permits.release();
    }
  }
}
