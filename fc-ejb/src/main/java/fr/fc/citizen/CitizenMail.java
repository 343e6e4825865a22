package fr.fc.citizen;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The e-mails fc sends a citizen, in French then English, plain text: no link but the space's,
 * nothing of the identity but what the citizen needs to recognise the login.
 */
public record CitizenMail(String to, String subject, String text) {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter FRENCH =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH).withZone(PARIS);
  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH).withZone(PARIS);

  @Override
  public String toString() {
    return "CitizenMail[" + subject + ", address withheld]";
  }

  /** The notice of a login. */
  public static CitizenMail of(LoginNotice notice) {
    String text =
        String.join(
            "\n",
            "Bonjour,",
            "",
            "Vous vous êtes connecté(e) au service « " + notice.serviceName() + " » avec FranceConnect, au moyen de "
                + "votre compte « " + notice.idpTitle() + " », le " + FRENCH.format(notice.at()) + " (heure de Paris).",
            "Code de la connexion : " + notice.code(),
            "",
            "Si ce n'est pas vous, signalez cette connexion depuis votre espace FranceConnect, où vous retrouverez "
                + "toutes vos connexions : " + notice.spaceUrl(),
            "",
            "---",
            "",
            "Hello,",
            "",
            "You logged in to \"" + notice.serviceName() + "\" with FranceConnect, through your \"" + notice.idpTitle()
                + "\" account, on " + ENGLISH.format(notice.at()) + " (Paris time).",
            "Connection code: " + notice.code(),
            "",
            "If this was not you, report this connection from your FranceConnect space, which lists all your "
                + "connections: " + notice.spaceUrl(),
            "");
    return new CitizenMail(
        notice.address(), "Connexion à " + notice.serviceName() + " avec FranceConnect / Login to "
            + notice.serviceName(), text);
  }

  /** The confirmation of a change of the citizen's identity providers. */
  public static CitizenMail preferencesChanged(
      String address, Instant at, List<String> blocked, boolean newIdpsAllowed, String spaceUrl) {
    String blockedFr = blocked.isEmpty() ? "aucun" : String.join(", ", blocked);
    String blockedEn = blocked.isEmpty() ? "none" : String.join(", ", blocked);
    String text =
        String.join(
            "\n",
            "Bonjour,",
            "",
            "Vos préférences de fournisseurs d'identité ont été modifiées le " + FRENCH.format(at) + " (heure de Paris).",
            "Comptes bloqués : " + blockedFr + ".",
            "Nouveaux fournisseurs d'identité : " + (newIdpsAllowed ? "autorisés" : "bloqués") + ".",
            "",
            "Si ce n'est pas vous, reprenez la main depuis votre espace : " + spaceUrl,
            "",
            "---",
            "",
            "Hello,",
            "",
            "Your choice of identity providers was changed on " + ENGLISH.format(at) + " (Paris time).",
            "Blocked accounts: " + blockedEn + ".",
            "New identity providers: " + (newIdpsAllowed ? "allowed" : "blocked") + ".",
            "",
            "If this was not you, take it back from your space: " + spaceUrl,
            "");
    return new CitizenMail(
        address, "Vos fournisseurs d'identité FranceConnect ont changé / Your identity providers changed", text);
  }
}
