package fr.fc.oidc;

import fr.fc.registry.RegisteredClient;
import java.util.List;
import java.util.Set;

/**
 * The prompt fc acts on (contract section 1.2): always "login consent", whatever the SP sends,
 * unless the SP is whitelisted (allowedPrompts) for every value it sends, which are then honoured.
 *
 * @param values login, consent, or both
 */
public record EffectivePrompt(Set<String> values) {

  static final Set<String> REWRITTEN = Set.of("login", "consent");

  public EffectivePrompt {
    values = Set.copyOf(values);
  }

  /**
   * @param requested the SP's prompt values, possibly none
   * @param allowed the values the SP is whitelisted for
   */
  public static EffectivePrompt of(List<String> requested, Set<String> allowed) {
    if (requested.isEmpty() || !allowed.containsAll(requested)) {
      return new EffectivePrompt(REWRITTEN);
    }
    return new EffectivePrompt(Set.copyOf(requested));
  }

  public static EffectivePrompt of(AuthorizationRequest request, RegisteredClient sp) {
    return of(request.prompt(), sp.allowedPrompts());
  }

  /**
   * Whether the SP demands a new authentication, which fc's session cannot stand for: it sent
   * prompt=login and is whitelisted for what it sent (OIDC Core 3.1.2.1).
   */
  public static boolean demandsLogin(AuthorizationRequest request, RegisteredClient sp) {
    return request.prompt().contains("login") && sp.allowedPrompts().containsAll(request.prompt());
  }

  /**
   * Whether the citizen sees the information (or consent) page before going back to the SP: only a
   * whitelisted prompt without consent (prompt=login) skips it.
   */
  public boolean asksConsent() {
    return values.contains("consent");
  }
}
