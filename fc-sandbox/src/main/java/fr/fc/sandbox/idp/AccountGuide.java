package fr.fc.sandbox.idp;

import fr.fc.sandbox.PageLanguage;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What each demo account of accounts.csv shows, in French and English
 * (account-guide_{fr,en}.properties, keyed by login): the one place the developer portal and the
 * demo IdPs' login pages take it from.
 */
public final class AccountGuide {

  /** A demo account as the portal and the login pages list it. */
  public record Entry(String login, String description) {}

  static final String BUNDLE = AccountGuide.class.getPackageName() + ".account-guide";

  private static final List<String> LOGINS = List.copyOf(DemoAccounts.read().keySet());

  private static final Map<PageLanguage, ResourceBundle> WORDS =
      Map.of(PageLanguage.FRENCH, bundle(PageLanguage.FRENCH), PageLanguage.ENGLISH, bundle(PageLanguage.ENGLISH));

  private AccountGuide() {}

  /** Every demo account (password 123), in the order of accounts.csv, with what it shows. */
  public static List<Entry> entries(PageLanguage language) {
    return LOGINS.stream().map(login -> new Entry(login, description(login, language))).toList();
  }

  /** What the account with this login shows, in this language. */
  static String description(String login, PageLanguage language) {
    return WORDS.get(language).getString(login);
  }

  private static ResourceBundle bundle(PageLanguage language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language.locale(),
        AccountGuide.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
