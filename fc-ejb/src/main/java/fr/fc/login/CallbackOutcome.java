package fr.fc.login;

/**
 * Where the citizen goes after the IdP's callback: back to the choice page when the IdP gave no
 * identity, else to the information page, or straight to the SP when its whitelisted prompt skips it.
 *
 * @param sessionId the browser's new fc session, or null when the callback gave no identity
 */
public record CallbackOutcome(NextStep next, String sessionId) {}
