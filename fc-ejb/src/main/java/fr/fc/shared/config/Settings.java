package fr.fc.shared.config;

import fr.fc.oidc.Issuer;
import java.nio.file.Path;

/**
 * The checked settings of one fc node.
 *
 * @param issuer the OpenID Connect issuer fc announces to service providers
 * @param signingKeysFile where fc's signing keys are kept (created on first start)
 */
public record Settings(Issuer issuer, Path signingKeysFile) {}
