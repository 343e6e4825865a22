package fr.fc.session;

import fr.fc.shared.config.Platform;
import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;

/**
 * An {@link AuthorizationCode} as the data grid holds it until the SP redeems it: its fields as
 * {@link FlowBytes}, the identity's claims without the class descriptions of their maps and values.
 * The first number is the format's version: an entry of a version this node does not know reads as
 * no code (the SP's token request is refused as for an unknown code).
 */
final class AuthorizationCodeBytes implements Serializable {

  @Serial private static final long serialVersionUID = 1L;
  private static final long VERSION = 1;

  private final byte[] bytes;

  AuthorizationCodeBytes(AuthorizationCode grant) {
    bytes = FlowBytes.writer(VERSION)
        .string(grant.code()).string(grant.clientId()).string(grant.redirectUri()).strings(grant.scopes())
        .string(grant.nonce()).string(grant.acr()).string(grant.codeChallenge()).flag(grant.amrRequested())
        .strings(grant.amr()).string(grant.sub()).value(grant.identity()).number(grant.authTime())
        .string(grant.idpId()).string(grant.flowId()).string(grant.platform().name())
        .bytes();
  }

  @Serial
  private Object readResolve() {
    return FlowBytes.reader(bytes, VERSION, "An authorization code").map(AuthorizationCodeBytes::grant).orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static AuthorizationCode grant(FlowBytes.Reader in) {
    return new AuthorizationCode(in.string(), in.string(), in.string(), in.strings(), in.string(), in.string(),
        in.string(), in.flag(), in.strings(), in.string(), (LinkedHashMap<String, Object>) in.value(), in.number(),
        in.string(), in.string(), Platform.valueOf(in.string()));
  }
}
