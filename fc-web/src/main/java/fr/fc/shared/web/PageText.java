package fr.fc.shared.web;

import fr.fc.shared.config.Setting;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A page's words in one language, read by its view as {@code #{text['key']}}: the page's own bundle
 * over the frame's (header, skip links, footer). Words that name the service say {@value #PRODUCT},
 * which becomes the product name its deployer chose ({@link Setting#PRODUCT_NAME}).
 */
public final class PageText extends AbstractMap<String, String> {

  /** Where the words name the service. */
  public static final String PRODUCT = "{product}";

  private static final String FRAME = "fr.fc.shared.api.PageMessages";

  private final Locale locale;
  private final ResourceBundle page;
  private final ResourceBundle frame;
  private final String product;

  private PageText(Locale locale, ResourceBundle page, ResourceBundle frame, String product) {
    this.locale = locale;
    this.page = page;
    this.frame = frame;
    this.product = product;
  }

  /** The words of a page, naming the service by its default name until {@link #naming} says another. */
  public static PageText of(String bundle, Locale locale) {
    return new PageText(locale, bundle(bundle, locale), bundle(FRAME, locale), Setting.PRODUCT_NAME.defaultValue());
  }

  /** The same words, naming the service {@code product}. */
  public PageText naming(String product) {
    return new PageText(locale, page, frame, product);
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

  /** The name the words give the service. */
  public String product() {
    return product;
  }

  /** The words of {@code key}, or Faces' usual {@code ???key???} so a missing one shows, not breaks. */
  @Override
  public String get(Object key) {
    String name = String.valueOf(key);
    if (page.containsKey(name)) {
      return named(page.getString(name));
    }
    return frame.containsKey(name) ? named(frame.getString(name)) : "???" + name + "???";
  }

  private String named(String words) {
    return words.replace(PRODUCT, product);
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
    frame.keySet().forEach(key -> all.put(key, named(frame.getString(key))));
    page.keySet().forEach(key -> all.put(key, named(page.getString(key))));
    return all.entrySet();
  }
}
