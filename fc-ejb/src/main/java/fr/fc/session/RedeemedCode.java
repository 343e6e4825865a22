package fr.fc.session;

import java.io.Serializable;

/**
 * What a redeemed authorization code gave, remembered so that its replay revokes it.
 *
 * @param clientId the SP that redeemed the code
 * @param accessToken the access token issued in exchange
 */
public record RedeemedCode(String clientId, String accessToken) implements Serializable {}
