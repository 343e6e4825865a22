package fr.fc.login;

import java.net.URI;

/** What the information page's form leads to. */
public sealed interface LoginOutcome {

  /**
   * Back to the SP with the login's code.
   *
   * @param redirect the SP's redirect URI with code, state and iss
   */
  record ToServiceProvider(URI redirect) implements LoginOutcome {}

  /** The SP must collect consent and the box was not ticked: the same page again, with the error. */
  record ConsentMissing(ConsentView page) implements LoginOutcome {}
}
