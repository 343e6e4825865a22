package fr.fc.admin.api;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import fr.fc.shared.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * Checks an operator's token as MicroProfile JWT defines it: signed (RS256 or ES256) with the
 * operators' key, of their issuer, not expired, with iat; its groups are its roles.
 */
@ApplicationScoped
public class OperatorTokens {

  private static final Logger LOG = Logger.getLogger(OperatorTokens.class.getName());
  private static final int MAX_TOKEN_LENGTH = 8192;
  private static final String DEMO_ISSUER = "fc-operators";

  @EJB private Configuration configuration;

  private JwtConsumer consumer;

  @PostConstruct
  void load() {
    Settings settings = configuration.settings();
    if (!Files.isReadable(settings.file(Setting.ADMIN_TOKEN_PUBLIC_KEY))) {
      LOG.warning(() -> "No operators' public key at " + settings.file(Setting.ADMIN_TOKEN_PUBLIC_KEY)
          + " (" + Setting.ADMIN_TOKEN_PUBLIC_KEY.key() + "): the admin API refuses every call");
      return;
    }
    consumer =
        new JwtConsumerBuilder()
            .setVerificationKey(publicKey(settings))
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
            .setExpectedIssuer(settings.name(Setting.ADMIN_TOKEN_ISSUER).orElse(DEMO_ISSUER))
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setAllowedClockSkewInSeconds(30)
            .setSkipDefaultAudienceValidation()
            .build();
  }

  /** The token's operator, or empty when it is not a valid operator token. */
  Optional<Operator> operator(String token) {
    if (consumer == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    try {
      JwtClaims claims = consumer.processToClaims(token);
      List<String> groups = claims.getStringListClaimValue("groups");
      String name = claims.getClaimValueAsString("upn") != null ? claims.getClaimValueAsString("upn") : claims.getSubject();
      return Optional.of(new Operator(name == null ? "operator" : name, Set.copyOf(groups == null ? List.of() : groups)));
    } catch (InvalidJwtException | MalformedClaimException refused) {
      LOG.fine(() -> "Operator token refused: " + refused.getMessage());
      return Optional.empty();
    }
  }

  /** Who called, as the token names them (upn, else sub), and their roles (groups). */
  record Operator(String name, Set<String> roles) {}

  private static PublicKey publicKey(Settings settings) {
    try {
      String pem = Files.readString(settings.file(Setting.ADMIN_TOKEN_PUBLIC_KEY));
      byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
      for (String algorithm : List.of("RSA", "EC")) {
        try {
          return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
        } catch (InvalidKeySpecException notThisAlgorithm) {
          // the other one, then
        }
      }
      throw new IllegalStateException("The operators' public key is not an RSA or EC public key in PEM");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the operators' public key, " + Setting.ADMIN_TOKEN_PUBLIC_KEY.key(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("RSA and EC are part of every JDK", e);
    }
  }
}
