package fr.fc.citizen.web;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the view's language (SpaceMessages, the pages' {@code text}), for what a bean writes itself. */
final class ViewText {

  static final String BUNDLE = "fr.fc.citizen.web.SpaceMessages";

  private ViewText() {}

  static String get(FacesContext faces, String key) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "text");
    return bundle.getString(key);
  }

  /** The words of {@code key} with its {@code %s} filled in order. */
  static String format(FacesContext faces, String key, Object... arguments) {
    return String.format(locale(faces), get(faces, key), arguments);
  }

  static Locale locale(FacesContext faces) {
    return faces.getViewRoot().getLocale();
  }
}
