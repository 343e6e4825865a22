package fr.fc.audit.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/** Checks an auditor's name and password against {@code fc.audit.auditors}; every auditor has the role auditor. */
@ApplicationScoped
public class AuditorIdentityStore implements IdentityStore {

  static final String ROLE = "auditor";
  private static final Logger LOG = Logger.getLogger(AuditorIdentityStore.class.getName());
  // Checked against when the name is unknown: a wrong name takes as long as a wrong password.
  private static final String DECOY = AuditorPassword.hash("decoy".toCharArray());

  @Inject private Config config;

  private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());

  /**
   * Says at startup what would keep auditors out. It does not stop the application: a typo in an
   * auditor's entry must not take the citizens' logins down with it.
   */
  void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
    AuditorAccounts accounts = accounts();
    accounts.problems().forEach(problem -> LOG.severe(AuditorAccounts.KEY + ": " + problem));
    if (accounts.isEmpty()) {
      LOG.warning(AuditorAccounts.KEY + " names no auditor: nobody can open the audit pages.");
    }
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    if (!throttle.allows(login.getCaller())) {
      LOG.warning("An auditor login was refused unchecked: too many wrong tries for this name lately.");
      return CredentialValidationResult.INVALID_RESULT;
    }
    Optional<String> stored = accounts().password(login.getCaller());
    Password password = login.getPassword();
    boolean matches = AuditorPassword.matches(password == null ? new char[0] : password.getValue(), stored.orElse(DECOY));
    if (matches && stored.isPresent()) {
      throttle.succeeded(login.getCaller());
      LOG.info("Auditor " + login.getCaller() + " logged in.");
      return new CredentialValidationResult(login.getCaller(), Set.of(ROLE));
    }
    throttle.failed(login.getCaller());
    LOG.info("An auditor login was refused: unknown name or wrong password.");
    return CredentialValidationResult.INVALID_RESULT;
  }

  private AuditorAccounts accounts() {
    return AuditorAccounts.parse(config.getOptionalValue(AuditorAccounts.KEY, String.class).orElse(null));
  }
}
