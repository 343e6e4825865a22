package fr.fc.citizen.web;

import fr.fc.citizen.CitizenSpace;
import fr.fc.citizen.IdpPreference;
import fr.fc.citizen.IdpPreferences;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The identity providers page (preferences.xhtml): a checkbox per provider fc offers, one for the
 * providers to come, and the Faces form that saves them (its server-side view state is the guard
 * against other sites' forms). The checkboxes are plain inputs named {@code idp-<id>}, read here.
 */
@Named
@RequestScoped
public class Preferences {

  private static final Logger LOG = Logger.getLogger(Preferences.class.getName());

  @EJB private CitizenSpace space;
  @Inject private Space session;
  @Inject private FacesContext faces;

  private IdpPreferences preferences;
  private Map<String, String> fieldIds = Map.of();
  private boolean unavailable;
  private boolean saved;
  private boolean notSaved;

  /** The citizen's choice as fc holds it; read once per request (on a form's return too, lazily). */
  public IdpPreferences preferences() {
    if (preferences == null && !unavailable) {
      read();
    }
    return preferences;
  }

  public List<IdpPreference> idps() {
    IdpPreferences current = preferences();
    return current == null ? List.of() : current.idps();
  }

  /** The checkbox id (and name) of a provider: {@code idp-<id>}, sanitised. */
  public String fieldId(IdpPreference idp) {
    preferences();
    return fieldIds.get(idp.idpId());
  }

  public String newIdpsField() {
    return PreferencesForm.NEW_IDPS;
  }

  public String shownField() {
    return PreferencesForm.SHOWN;
  }

  /** Saves what the form sent and confirms it by e-mail; the page then tells so. */
  public String save() {
    IdpPreferences current = preferences();
    if (current == null) {
      return null;
    }
    ExternalContext external = faces.getExternalContext();
    Map<String, String> sent = external.getRequestParameterMap();
    String[] shown = external.getRequestParameterValuesMap().get(PreferencesForm.SHOWN);
    Map<String, Boolean> choices =
        PreferencesForm.choices(current.idps(), shown == null ? List.of() : Arrays.asList(shown), sent::containsKey);
    try {
      space.changePreferences(session.pseudonym(), choices, sent.containsKey(PreferencesForm.NEW_IDPS), session.email());
      saved = true;
    } catch (EJBException e) {
      LOG.info(() -> "The citizen's preferences cannot be saved now: " + e.getClass().getSimpleName());
      notSaved = true;
      external.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
    preferences = null; // shown as fc holds them now
    return null;
  }

  public boolean saved() {
    return saved;
  }

  /** Whether the saved choice was confirmed by e-mail: fc gave the space the citizen's address. */
  public boolean confirmationSent() {
    return saved && session.email() != null;
  }

  public boolean notSaved() {
    return notSaved;
  }

  public boolean unavailable() {
    preferences();
    return unavailable;
  }

  /** Whether no provider is allowed, of today's nor to come: FranceConnect cannot log them in. */
  public boolean blocksEverything() {
    IdpPreferences current = preferences();
    return current != null && !current.newIdpsAllowed() && current.idps().stream().noneMatch(IdpPreference::allowed);
  }

  private void read() {
    try {
      preferences = space.preferences(session.pseudonym());
      fieldIds = PreferencesForm.fieldIds(preferences.idps());
    } catch (EJBException e) {
      LOG.info(() -> "The citizen's preferences cannot be read now: " + e.getClass().getSimpleName());
      unavailable = true;
      faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }
}
