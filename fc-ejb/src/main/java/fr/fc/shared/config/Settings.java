package fr.fc.shared.config;

import fr.fc.oidc.Issuer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The checked settings of one fc node.
 *
 * @param issuer the OpenID Connect issuer fc announces to service providers
 * @param signingKeysFile where fc's signing keys are kept (created on first start)
 * @param registryImportFile registrations to import at startup, if any
 */
public record Settings(Issuer issuer, Path signingKeysFile, Optional<Path> registryImportFile) {}
