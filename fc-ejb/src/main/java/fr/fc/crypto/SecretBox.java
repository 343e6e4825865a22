package fr.fc.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the secrets fc must get back (the client secrets of HS256 SPs) with AES-256-GCM:
 * base64 of a random 96-bit nonce followed by the ciphertext and its tag.
 */
public final class SecretBox {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  /**
   * @param hexKey a 256-bit key, hex-encoded
   */
  public SecretBox(String hexKey) {
    byte[] bytes = HexFormat.of().parseHex(hexKey);
    if (bytes.length != 32) {
      throw new IllegalArgumentException("the secret encryption key must be 256 bits");
    }
    this.key = new SecretKeySpec(bytes, "AES");
  }

  public String seal(String secret) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce).doFinalQuietly(secret.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
  }

  /**
   * @throws IllegalArgumentException when the value was not sealed with this key, or was changed
   */
  public String open(String sealed) {
    byte[] bytes = Base64.getDecoder().decode(sealed);
    byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
    byte[] ciphertext = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
    return new String(cipher(Cipher.DECRYPT_MODE, nonce).doFinalQuietly(ciphertext), StandardCharsets.UTF_8);
  }

  private Operation cipher(int mode, byte[] nonce) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      return new Operation(cipher);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  private record Operation(Cipher cipher) {
    byte[] doFinalQuietly(byte[] input) {
      try {
        return cipher.doFinal(input);
      } catch (GeneralSecurityException e) {
        throw new IllegalArgumentException("sealed secret refused: wrong key or altered value");
      }
    }
  }
}
