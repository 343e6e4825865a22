import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The demo's issuer of operator tokens for fc's admin API (MicroProfile JWT, RS256), in one file
 * the JDK runs as is; in production the operators' own identity provider issues them.
 *
 *   java AdminToken.java keygen DIR                     a key pair in DIR (once): fc trusts the public half
 *   java AdminToken.java mint DIR ISSUER ROLE [NAME]   a token of ROLE (auditor, fc-admin), valid one hour
 */
public class AdminToken {

  private static final String PRIVATE = "fc-admin-jwt-private.pem";
  private static final String PUBLIC = "fc-admin-jwt-public.pem";
  private static final long LIFETIME_SECONDS = 3600;

  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("keygen")) {
      keygen(Path.of(args[1]));
    } else if (args.length >= 4 && args[0].equals("mint")) {
      System.out.println(mint(Path.of(args[1]), args[2], args[3], args.length > 4 ? args[4] : "operator"));
    } else {
      System.err.println("Usage: java AdminToken.java keygen DIR | mint DIR ISSUER ROLE [NAME]");
      System.exit(2);
    }
  }

  private static void keygen(Path directory) throws Exception {
    if (Files.exists(directory.resolve(PRIVATE))) {
      return;
    }
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    Files.createDirectories(directory);
    Path privateKey = directory.resolve(PRIVATE);
    Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
    Files.writeString(directory.resolve(PUBLIC), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  private static String mint(Path directory, String issuer, String role, String name) throws Exception {
    String body = Files.readString(directory.resolve(PRIVATE)).replaceAll("-----[A-Z ]+-----|\\s", "");
    PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    long now = Instant.now().getEpochSecond();
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    String claims =
        "{\"iss\":\"%s\",\"sub\":\"%s\",\"upn\":\"%s\",\"groups\":[\"%s\"],\"iat\":%d,\"exp\":%d,\"jti\":\"%s\"}"
            .formatted(issuer, name, name, role, now, now + LIFETIME_SECONDS, UUID.randomUUID());
    String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "." + base64Url(claims.getBytes(StandardCharsets.UTF_8));
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initSign(key);
    rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + base64Url(rs256.sign());
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }

  private static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
