package fr.fc.admin.api;

import fr.fc.registry.PartnerKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The admin API's inputs, each within its limit: a body of at most 5 MiB, a partner id as the registry allows. */
final class RequestBodies {

  static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

  private RequestBodies() {}

  /** The body as UTF-8 text; empty when there is none. */
  static String read(InputStream body) {
    if (body == null) {
      return "";
    }
    try {
      byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw new AdminRequestException("the body is larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MiB");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String identifier(String id) {
    if (id == null || !PartnerKind.ID.matcher(id).matches()) {
      throw new AdminRequestException("a partner's id is 1 to 64 letters, digits, '.', '_' or '-'");
    }
    return id;
  }
}
