package fr.fc.shared.web;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What an endpoint hands to a Faces view: which view, its words, and the objects it shows (each
 * one a request attribute of the view, so {@code model "choice"} is {@code #{choice}}).
 */
public record FacesView(String name, PageText text, Map<String, Object> model) {

  public FacesView {
    model = Collections.unmodifiableMap(new HashMap<>(model));
  }

  public FacesView(String name, PageText text) {
    this(name, text, Map.of());
  }

  /** The view's Facelets file, out of reach of a direct request. */
  public String path() {
    return "/WEB-INF/views/" + name + ".xhtml";
  }
}
