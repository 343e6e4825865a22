package fr.fc.shared.web;

/**
 * The way back from fc's error page to the SP a login came from: fc's "back to the SP" link, which
 * answers the SP access_denied and ends the interaction.
 *
 * @param href the link, under the login's platform (whose cookie names the interaction)
 */
public record WayBack(String interactionUid, String spName, String href) {}
