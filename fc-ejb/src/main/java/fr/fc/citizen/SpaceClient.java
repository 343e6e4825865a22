package fr.fc.citizen;

/**
 * The space as a service provider of fc: its registration's client id and secret, and where fc and
 * the space answer.
 *
 * @param issuer fc's standard issuer, whose endpoints the space calls
 * @param redirectUri the space's callback, as registered
 * @param postLogoutRedirectUri where fc sends the citizen after the space's logout, as registered
 */
public record SpaceClient(
    String clientId, String clientSecret, String issuer, String redirectUri, String postLogoutRedirectUri) {

  @Override
  public String toString() {
    return "SpaceClient[" + clientId + ", secret withheld]";
  }
}
