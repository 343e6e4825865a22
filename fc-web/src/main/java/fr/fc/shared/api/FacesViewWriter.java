package fr.fc.shared.api;

import fr.fc.shared.web.FacesView;
import fr.fc.shared.web.PageText;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Renders a {@link FacesView} by forwarding the request to the Faces servlet: the endpoint keeps
 * the contract's path, status and headers, and Faces writes the page into the response's body.
 * Every page names the service as its deployer chose ({@code #{product}}, and in its words).
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class FacesViewWriter implements MessageBodyWriter<FacesView> {

  @Context private HttpServletRequest request;
  @Context private HttpServletResponse response;
  @Inject private PageSettings settings;

  @Override
  public boolean isWriteable(Class<?> type, Type generic, Annotation[] annotations, MediaType media) {
    return FacesView.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      FacesView view,
      Class<?> type,
      Type generic,
      Annotation[] annotations,
      MediaType media,
      MultivaluedMap<String, Object> headers,
      OutputStream body)
      throws IOException {
    PageText text = view.text().naming(settings.productName());
    HttpServletRequest servletRequest = ServletExchange.request(request);
    view.model().forEach(servletRequest::setAttribute);
    servletRequest.setAttribute("text", text);
    servletRequest.setAttribute("product", text.product());
    servletRequest.setAttribute("lang", text.locale().getLanguage());
    BodyOnlyResponse page = new BodyOnlyResponse(ServletExchange.response(servletRequest, response), body);
    try {
      servletRequest.getRequestDispatcher(view.path()).forward(servletRequest, page);
    } catch (ServletException e) {
      throw new IOException("view " + view.name() + " failed", e);
    }
    page.finish();
  }
}
