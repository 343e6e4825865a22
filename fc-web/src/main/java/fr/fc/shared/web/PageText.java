package fr.fc.shared.web;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A page's words in one language, read by its view as {@code #{text['key']}}: the page's own bundle
 * over the frame's (header, skip links, footer).
 */
public final class PageText extends AbstractMap<String, String> {

  private static final String FRAME = "fr.fc.shared.api.PageMessages";

  private final Locale locale;
  private final ResourceBundle page;
  private final ResourceBundle frame;

  private PageText(Locale locale, ResourceBundle page, ResourceBundle frame) {
    this.locale = locale;
    this.page = page;
    this.frame = frame;
  }

  public static PageText of(String bundle, Locale locale) {
    return new PageText(locale, bundle(bundle, locale), bundle(FRAME, locale));
  }

  /**
   * French is the base bundle: no fallback to the JVM's own locale, which would show English to a
   * French browser on an English server.
   */
  public static ResourceBundle bundle(String name, Locale locale) {
    return ResourceBundle.getBundle(
        name,
        locale,
        PageText.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Locale locale() {
    return locale;
  }

  /** The words of {@code key}, or Faces' usual {@code ???key???} so a missing one shows, not breaks. */
  @Override
  public String get(Object key) {
    String name = String.valueOf(key);
    if (page.containsKey(name)) {
      return page.getString(name);
    }
    return frame.containsKey(name) ? frame.getString(name) : "???" + name + "???";
  }

  /** The words of {@code key} with its one placeholder filled, e.g. the SP's name. */
  public String format(String key, Object argument) {
    return get(key).formatted(argument);
  }

  @Override
  public boolean containsKey(Object key) {
    String name = String.valueOf(key);
    return page.containsKey(name) || frame.containsKey(name);
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    Map<String, String> all = new HashMap<>();
    frame.keySet().forEach(key -> all.put(key, frame.getString(key)));
    page.keySet().forEach(key -> all.put(key, page.getString(key)));
    return all.entrySet();
  }
}
