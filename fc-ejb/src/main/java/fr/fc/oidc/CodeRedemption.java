package fr.fc.oidc;

import fr.fc.registry.RegisteredClient;
import fr.fc.session.AuthorizationCode;
import fr.fc.session.RedeemedCode;
import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The single use of authorization codes: a code is redeemed once, by the client it was issued to;
 * a replay is refused and revokes the access token its first redemption gave (RFC 6749 section
 * 4.1.2, security checklist row 3).
 */
public final class CodeRedemption {

  private final Function<String, Optional<AuthorizationCode>> codes;
  private final Function<String, Optional<RedeemedCode>> redeemed;
  private final Consumer<String> revokeAccessToken;

  /**
   * @param codes takes a code's grant away, so that it cannot be redeemed twice
   * @param redeemed what a code redeemed lately gave
   * @param revokeAccessToken revokes an access token
   */
  public CodeRedemption(
      Function<String, Optional<AuthorizationCode>> codes,
      Function<String, Optional<RedeemedCode>> redeemed,
      Consumer<String> revokeAccessToken) {
    this.codes = codes;
    this.redeemed = redeemed;
    this.revokeAccessToken = revokeAccessToken;
  }

  /**
   * @throws FcException CODE_NOT_FOUND when the code is unknown, expired, already redeemed or
   *     issued to another client
   */
  public AuthorizationCode redeem(String code, RegisteredClient client) {
    AuthorizationCode grant = codes.apply(code).orElseThrow(() -> replayed(code, client));
    if (!grant.clientId().equals(client.clientId())) {
      throw notFound();
    }
    return grant;
  }

  private FcException replayed(String code, RegisteredClient client) {
    redeemed
        .apply(code)
        .filter(redemption -> redemption.clientId().equals(client.clientId()))
        .ifPresent(redemption -> revokeAccessToken.accept(redemption.accessToken()));
    return notFound();
  }

  private static FcException notFound() {
    return new FcException(FcError.CODE_NOT_FOUND);
  }
}
