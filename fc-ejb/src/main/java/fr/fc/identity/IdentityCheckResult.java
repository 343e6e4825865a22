package fr.fc.identity;

import java.util.List;

/** What {@link IdpIdentityCheck} makes of an identity provider's userinfo. */
public sealed interface IdentityCheckResult {

  /**
   * The identity is acceptable. {@code sub} is the IdP's own subject; {@code birthdate} keeps the
   * IdP's form of the date (for the RNIPP query and {@code idp_birthdate}).
   */
  record Valid(String sub, PivotIdentity identity, Birthdate birthdate)
      implements IdentityCheckResult {}

  /**
   * The identity breaks the contract's rules (contract error Y600006): every violation, at once.
   */
  record Invalid(List<IdentityViolation> violations) implements IdentityCheckResult {

    public Invalid {
      violations = List.copyOf(violations);
    }
  }

  /** The userinfo has no {@code sub} (contract error Y020029); nothing else was checked. */
  record MissingSubject() implements IdentityCheckResult {}
}
