package fr.fc.crypto;

import java.util.Locale;

/** Where a signing key stands in its schedule at a given instant. */
public enum KeyState {
  /** Published, not signing yet: SPs that cache the JWKS learn it before they meet it. */
  NEXT,
  /** The key that signs with its algorithm now. */
  SIGNING,
  /** Published still, no longer signing: what it signed may not have expired yet. */
  RETIRING,
  /** Withdrawn from the JWKS; kept in the file until the next rotation. */
  RETIRED;

  /** As the admin API names it. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
