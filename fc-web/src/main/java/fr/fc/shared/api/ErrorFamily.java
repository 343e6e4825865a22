package fr.fc.shared.api;

import fr.fc.shared.error.FcError;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of error a citizen meets, each with its help page (/api/aide/{slug}) saying the step
 * that can actually help: the one place that tells which error is of which kind.
 */
public enum ErrorFamily {
  /** The national register refused or could not check the identity the IdP sent (Y0100xx). */
  IDENTITY("identite"),
  /** The identity provider failed, answered out of contract, or was refused (Y020xxx, Y600xxx, its Y100xxx). */
  PROVIDER("fournisseur"),
  /** The login was interrupted: expired or unknown, a form not fc's, fc momentarily unavailable. */
  SESSION("session"),
  /** The online service's request cannot be served: unknown service, bad request (Y03xxxx, Y04xxxx). */
  SERVICE("service");

  // The identity provider's acr and the citizen's own block come in the acr module (Y100), like the SP's acr.
  private static final Set<FcError> PROVIDER_ACR_ERRORS =
      EnumSet.of(FcError.IDP_ACR_TOO_LOW, FcError.IDP_ACR_NOT_ALLOWED, FcError.IDP_BLOCKED_BY_CITIZEN);

  private final String slug;

  ErrorFamily(String slug) {
    this.slug = slug;
  }

  /** The family of an error, by its code's module; what no rule names is the SP's request. */
  public static ErrorFamily of(FcError error) {
    String code = error.code();
    if (PROVIDER_ACR_ERRORS.contains(error) || code.startsWith("Y020") || code.startsWith("Y600")) {
      return PROVIDER;
    }
    if (code.startsWith("Y0100")) {
      return IDENTITY;
    }
    if (code.startsWith("Y190") || code.startsWith("Y470") || code.startsWith("Y000")) {
      return SESSION;
    }
    return SERVICE;
  }

  /** The family a help page's address names, if any. */
  public static Optional<ErrorFamily> bySlug(String slug) {
    return Arrays.stream(values()).filter(family -> family.slug.equals(slug)).findFirst();
  }

  /** The errors of this family a citizen can read on fc's error page. */
  public List<FcError> pageErrors() {
    return Arrays.stream(FcError.values())
        .filter(error -> error.channel() == FcError.Channel.PAGE && of(error) == this)
        .toList();
  }

  /** The help page's segment of /api/aide/, in French like fc's other page addresses. */
  public String slug() {
    return slug;
  }

  /** The help page's address. */
  public String path() {
    return "/api/aide/" + slug;
  }

  /** Its help page's title, in HelpMessages. */
  public String titleKey() {
    return "help." + slug + ".title";
  }

  /** What its help page is about, in a sentence of the list of help pages (HelpMessages). */
  public String summaryKey() {
    return "help." + slug + ".summary";
  }

  /** What to do, in a sentence of the error page (ErrorMessages). */
  public String adviceKey() {
    return "error.help." + slug;
  }

  /** The error page's link to the help page (ErrorMessages). */
  public String linkKey() {
    return "error.help-link." + slug;
  }
}
