package fr.fc.session;

import fr.fc.oidc.AuthorizationRequest;
import java.io.Serializable;
import java.time.Instant;

/**
 * One citizen's login for one SP, from the authorization request to the code: its state between
 * the browser's steps.
 *
 * @param uid the opaque id the browser carries between steps
 */
public record Interaction(String uid, AuthorizationRequest request, Instant startedAt)
    implements Serializable {}
