package fr.fc.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** The frame's logout button: ends the auditor's login and session, then shows the login form. */
@Named
@RequestScoped
public class Logout {

  @Inject private ExternalContext external;

  public String submit() throws ServletException {
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    return "/login.xhtml?faces-redirect=true";
  }
}
