package fr.fc.federation;

import fr.fc.shared.error.FcError;
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

  /** Below the services' EJB pools (32), so that no callback waits for an instance of them. */
  static final int CAPACITY = 24;

  private final Semaphore permits;

  public IdpCallbackBulkhead() {
    this(CAPACITY);
  }

  IdpCallbackBulkhead(int capacity) {
    permits = new Semaphore(capacity);
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
