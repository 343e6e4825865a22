package fr.fc.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The login form (login.xhtml): hands the auditor's name and password to Jakarta Security. */
@Named
@RequestScoped
public class Login {

  private static final int MAX_NAME_LENGTH = 100;
  private static final int MAX_PASSWORD_LENGTH = 1000;

  @Inject private SecurityContext security;
  @Inject private FacesContext faces;

  private String username;
  private String password;
  private boolean failed;

  /**
   * Logs in, then shows the page first asked for: Jakarta Security's login to continue redirects
   * to it, or, after a wrong password, to the login page again (errorPage). Reached directly, the
   * login page leads to the search page.
   */
  public String submit() {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    String name = username == null ? "" : username.trim();
    char[] secret = password == null ? new char[0] : password.toCharArray();
    password = null;
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || secret.length == 0 || secret.length > MAX_PASSWORD_LENGTH) {
      return refused();
    }
    // A new session id for the logged-in session: one planted by someone else cannot carry it.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    // Not a "new authentication": that would make Jakarta Security forget the page first asked for.
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(name, new Password(secret))));
    if (status == AuthenticationStatus.SEND_CONTINUE || response.containsHeader("Location")) {
      faces.responseComplete(); // Jakarta Security has answered: a redirect
      return null;
    }
    return status == AuthenticationStatus.SUCCESS ? "/index.xhtml?faces-redirect=true" : refused();
  }

  /**
   * Shown in place of a page that needs the role (Jakarta Security forwards here), or after a wrong
   * password: the answer is 401, so that no client takes the form for the page it asked for.
   */
  public void challenge() {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null || "true".equals(request.getParameter("error"))) {
      external.setResponseStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
  }

  private String refused() {
    failed = true;
    faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_UNAUTHORIZED);
    return null;
  }

  /** Whether the last try failed: the page says so, its title too. */
  public boolean failed() {
    return failed;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  /** Never shown back: the field stays empty after a failed try. */
  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
