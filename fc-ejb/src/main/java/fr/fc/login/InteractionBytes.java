package fr.fc.login;

import fr.fc.federation.IdpLogin;
import fr.fc.federation.VerifiedIdentity;
import fr.fc.oidc.AuthorizationRequest;
import fr.fc.session.FlowBytes;
import fr.fc.shared.config.Platform;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;

/**
 * An {@link Interaction} as the data grid holds it: its fields as {@link FlowBytes}, read back into
 * an interaction when a node takes it out. The first number is the format's version: an entry of a
 * version this node does not know reads as no interaction (it expired, for the citizen).
 */
final class InteractionBytes implements Serializable {

  @Serial private static final long serialVersionUID = 1L;
  private static final long VERSION = 1;

  private final byte[] bytes;

  InteractionBytes(Interaction interaction) {
    FlowBytes.Writer out = FlowBytes.writer(VERSION);
    out.string(interaction.uid()).instant(interaction.startedAt()).string(interaction.csrfToken());
    write(out, interaction.request());
    write(out, interaction.idpLogin());
    write(out, interaction.identity());
    bytes = out.bytes();
  }

  @Serial
  private Object readResolve() {
    return FlowBytes.reader(bytes, VERSION, "An interaction").map(InteractionBytes::interaction).orElse(null);
  }

  private static Interaction interaction(FlowBytes.Reader in) {
    String uid = in.string();
    Instant startedAt = in.instant();
    String csrfToken = in.string();
    return new Interaction(uid, request(in), startedAt, csrfToken, idpLogin(in), identity(in));
  }

  private static void write(FlowBytes.Writer out, AuthorizationRequest request) {
    out.string(request.clientId()).string(request.redirectUri()).strings(request.scopes()).string(request.state())
        .string(request.nonce()).string(request.acr()).strings(request.prompt()).string(request.codeChallenge())
        .flag(request.amrRequested()).string(request.idpHint()).string(request.uiLocales())
        .optionalNumber(request.maxAge()).string(request.platform().name());
  }

  private static AuthorizationRequest request(FlowBytes.Reader in) {
    return new AuthorizationRequest(in.string(), in.string(), in.strings(), in.string(), in.string(), in.string(),
        in.strings(), in.string(), in.flag(), in.string(), in.string(), in.optionalNumber(),
        Platform.valueOf(in.string()));
  }

  private static void write(FlowBytes.Writer out, IdpLogin login) {
    out.flag(login != null);
    if (login != null) {
      out.string(login.idpId()).string(login.state()).string(login.nonce()).string(login.codeVerifier());
    }
  }

  private static IdpLogin idpLogin(FlowBytes.Reader in) {
    return in.flag() ? new IdpLogin(in.string(), in.string(), in.string(), in.string()) : null;
  }

  private static void write(FlowBytes.Writer out, VerifiedIdentity identity) {
    out.flag(identity != null);
    if (identity != null) {
      out.string(identity.idpId()).value(identity.claims()).string(identity.sub()).string(identity.acr())
          .strings(identity.amr()).number(identity.authTime()).string(identity.citizen())
          .string(identity.noticeAddress());
    }
  }

  @SuppressWarnings("unchecked")
  private static VerifiedIdentity identity(FlowBytes.Reader in) {
    if (!in.flag()) {
      return null;
    }
    return new VerifiedIdentity(in.string(), (LinkedHashMap<String, Object>) in.value(), in.string(), in.string(),
        in.strings(), in.number(), in.string(), in.string());
  }
}
