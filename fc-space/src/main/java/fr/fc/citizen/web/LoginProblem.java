package fr.fc.citizen.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The login failure page (connexion-impossible.xhtml): which failure, as LoginCallback or LoginStart set it. */
@Named
@RequestScoped
public class LoginProblem {

  @Inject private ExternalContext external;

  /** The failure's name, for the SpaceMessages keys {@code failure.<name>.*}; "GENERIC" when the page is opened directly. */
  public String reason() {
    Object failure = external.getRequestMap().get(LoginFailurePage.REQUEST_ATTRIBUTE);
    return failure instanceof LoginFailure known ? known.name() : "GENERIC";
  }
}
