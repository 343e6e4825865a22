package fr.fc.sandbox.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;

/**
 * The mail catcher's endpoints, GET only: {@code /mails/}, the page of the messages it received,
 * and {@code /mails/api}, the same as a JSON array for tests ({@code [{"received", "from", "to",
 * "subject", "text"}]}, newest first); both take an optional {@code ?to=address}, which keeps the
 * messages for that recipient only (exactly, in any case). An address over 254 characters is a
 * 400.
 */
@Path("mails")
@RequestScoped
public class MailEndpoints {

  private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
  private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
  private static final String SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

  @Inject MailCatcher catcher;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @GET
  public Response page(@QueryParam("to") String to) {
    MailMessages text = MailMessages.forLanguages(headers.getAcceptableLanguages());
    RecipientFilter filter;
    try {
      filter = RecipientFilter.of(to);
    } catch (IllegalArgumentException tooLong) {
      return html(400, MailPages.tooLong(text, root(), catcher.port()));
    }
    List<CaughtMail> mails = catcher.received(filter);
    return html(200, MailPages.list(text, root(), catcher.port(), filter, mails));
  }

  @GET
  @Path("api")
  public Response api(@QueryParam("to") String to) {
    RecipientFilter filter;
    try {
      filter = RecipientFilter.of(to);
    } catch (IllegalArgumentException tooLong) {
      return json(400, JsonUtil.toJson(Map.of("error", tooLong.getMessage())));
    }
    return json(200, CaughtMail.toJsonArray(catcher.received(filter)));
  }

  /** The path of the sandbox's root, ending with '/'. */
  private String root() {
    String path = uriInfo.getBaseUri().getPath();
    return path.endsWith("/") ? path : path + "/";
  }

  private static Response html(int status, String page) {
    return Response.status(status)
        .type(HTML)
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", SECURITY_POLICY)
        .entity(page)
        .build();
  }

  private static Response json(int status, String body) {
    return Response.status(status)
        .type(JSON)
        .header("Cache-Control", "no-store")
        .entity(body)
        .build();
  }
}
