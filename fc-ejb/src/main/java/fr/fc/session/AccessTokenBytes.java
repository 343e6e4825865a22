package fr.fc.session;

import fr.fc.shared.config.Platform;
import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;

/**
 * An {@link AccessToken} as the data grid holds it for its lifetime: its fields as
 * {@link FlowBytes}, the identity's claims without the class descriptions of their maps and values.
 * The first number is the format's version: an entry of a version this node does not know reads as
 * no token (userinfo answers as for an unknown token).
 */
final class AccessTokenBytes implements Serializable {

  @Serial private static final long serialVersionUID = 1L;
  private static final long VERSION = 1;

  private final byte[] bytes;

  AccessTokenBytes(AccessToken token) {
    bytes = FlowBytes.writer(VERSION)
        .string(token.token()).string(token.clientId()).strings(token.scopes()).string(token.sub())
        .string(token.acr()).value(token.identity()).string(token.idpId()).number(token.issuedAt())
        .number(token.expiresAt()).string(token.flowId()).string(token.platform().name())
        .bytes();
  }

  @Serial
  private Object readResolve() {
    return FlowBytes.reader(bytes, VERSION, "An access token").map(AccessTokenBytes::token).orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static AccessToken token(FlowBytes.Reader in) {
    return new AccessToken(in.string(), in.string(), in.strings(), in.string(), in.string(),
        (LinkedHashMap<String, Object>) in.value(), in.string(), in.number(), in.number(), in.string(),
        Platform.valueOf(in.string()));
  }
}
