package fr.fc.data;

import java.util.List;

/**
 * What the information page shows: who logs in, where, and what fc will transmit.
 *
 * @param claims the names of the claims transmitted, in catalogue order
 * @param anonymous whether the SP asked for openid only: no identity is transmitted
 * @param uiLocales the languages the SP asked the pages in (ui_locales), or null
 */
public record ConsentView(
    String interactionUid,
    String csrfToken,
    String spName,
    String citizenName,
    List<String> claims,
    boolean anonymous,
    String uiLocales) {}
