package fr.fc.sandbox.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * fc's catalogues, {@code /docs/errors.md}, {@code audit-events.md} and {@code config.md}: the
 * repository's docs/ files, copied into the WAR by the build (fc-sandbox/pom.xml) and served as
 * UTF-8 text, so that the portal's links work offline. Any other name is a 404.
 */
@Path("docs")
@RequestScoped
public class Catalogues {

  /** The path of the catalogues under the sandbox's root. */
  static final String PATH = "docs/";

  /** The catalogues, as named in the repository's docs/ and here. */
  static final List<String> NAMES = List.of("errors.md", "audit-events.md", "config.md");

  private static final String TEXT = "text/plain;charset=UTF-8";

  @GET
  @Path("{name}")
  public Response show(@PathParam("name") String name) {
    return read(name)
        .map(
            text ->
                Response.ok(text, TEXT)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "no-cache")
                    .build())
        .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type(TEXT).entity("Not found\n").build());
  }

  /** The catalogue of this name, if it is one of {@link #NAMES} and the build packaged it. */
  static Optional<String> read(String name) {
    if (!NAMES.contains(name)) {
      return Optional.empty();
    }
    try (InputStream in = Catalogues.class.getResourceAsStream("docs/" + name)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
