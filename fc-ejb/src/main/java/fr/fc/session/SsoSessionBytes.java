package fr.fc.session;

import fr.fc.identity.PivotIdentity;
import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;

/**
 * An {@link SsoSession} as the data grid holds it for the session's whole lifetime: its fields as
 * {@link FlowBytes}, a third smaller than the Java-serialized records, which a node keeps for
 * every citizen who logged in within the last half hour. The first number is the format's version:
 * an entry of a version this node does not know reads as no session (the citizen logs in again).
 */
final class SsoSessionBytes implements Serializable {

  @Serial private static final long serialVersionUID = 1L;
  private static final long VERSION = 1;

  private final byte[] bytes;

  SsoSessionBytes(SsoSession session) {
    FlowBytes.Writer out = FlowBytes.writer(VERSION);
    out.string(session.id()).string(session.idpId());
    write(out, session.registered());
    out.value(session.claims()).string(session.acr()).strings(session.amr()).number(session.authTime())
        .string(session.idpIdToken());
    bytes = out.bytes();
  }

  @Serial
  private Object readResolve() {
    return FlowBytes.reader(bytes, VERSION, "An fc session").map(SsoSessionBytes::session).orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static SsoSession session(FlowBytes.Reader in) {
    return new SsoSession(in.string(), in.string(), registered(in), (LinkedHashMap<String, Object>) in.value(),
        in.string(), in.strings(), in.number(), in.string());
  }

  private static void write(FlowBytes.Writer out, PivotIdentity identity) {
    out.string(identity.givenName()).strings(identity.givenNames()).string(identity.familyName())
        .string(identity.birthdate()).string(identity.gender()).string(identity.birthplace())
        .string(identity.birthcountry()).string(identity.email()).string(identity.preferredUsername());
  }

  private static PivotIdentity registered(FlowBytes.Reader in) {
    return new PivotIdentity(in.string(), in.strings(), in.string(), in.string(), in.string(), in.string(),
        in.string(), in.string(), in.string());
  }
}
