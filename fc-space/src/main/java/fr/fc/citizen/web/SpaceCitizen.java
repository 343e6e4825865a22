package fr.fc.citizen.web;

import java.io.Serializable;

/**
 * The citizen logged in to the space, as the HTTP session holds them.
 *
 * @param pseudonym the sub of the ID token fc gave the space: the key of everything the space shows
 * @param givenName from userinfo, for the greeting; may be empty
 * @param email from userinfo, where changes are confirmed; null when fc gave none
 * @param idTokenHint the ID token, sent back to fc on logout
 */
public record SpaceCitizen(String pseudonym, String givenName, String email, String idTokenHint)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The session attribute that holds the citizen: present once logged in, and only then. */
  public static final String SESSION_ATTRIBUTE = "fr.fc.citizen.web.SpaceCitizen";

  public SpaceCitizen {
    if (pseudonym == null || pseudonym.isEmpty()) {
      throw new IllegalArgumentException("A citizen of the space has a pseudonym");
    }
    givenName = givenName == null ? "" : givenName;
  }

  @Override
  public String toString() {
    return "SpaceCitizen[personal data and token withheld]";
  }
}
