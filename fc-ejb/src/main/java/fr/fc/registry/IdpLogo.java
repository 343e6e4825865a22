package fr.fc.registry;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * An identity provider's logo, as its registry entry gives it: a data URL of an SVG or PNG image
 * ({@code data:image/svg+xml;base64,...}), 32 KiB at most. fc serves it itself, from its own
 * origin, under a policy that lets it run nothing.
 */
public record IdpLogo(String mediaType, byte[] bytes) {

  public static final int MAX_BYTES = 32 * 1024;
  /** The data URL's length at most: its base64 text and prefix. */
  public static final int MAX_DATA_URL_LENGTH = MAX_BYTES * 4 / 3 + 64;

  private static final Map<String, String> PREFIXES =
      Map.of("data:image/svg+xml;base64,", "image/svg+xml", "data:image/png;base64,", "image/png");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  public IdpLogo {
    bytes = bytes.clone();
  }

  /**
   * @throws IllegalArgumentException saying what is wrong: not an SVG or PNG data URL, not base64,
   *     too large, or content that is not what its type says
   */
  public static IdpLogo parse(String dataUrl) {
    String prefix =
        PREFIXES.keySet().stream()
            .filter(dataUrl::startsWith)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("must be a data URL of an SVG or PNG image, in base64"));
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(dataUrl.substring(prefix.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("is not valid base64", e);
    }
    if (bytes.length == 0 || bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException("must hold an image of 1 to " + MAX_BYTES + " bytes");
    }
    IdpLogo logo = new IdpLogo(PREFIXES.get(prefix), bytes);
    if (!logo.looksLikeItsType()) {
      throw new IllegalArgumentException("does not hold the " + logo.mediaType() + " image its type says");
    }
    return logo;
  }

  public String dataUrl() {
    String prefix =
        PREFIXES.entrySet().stream().filter(e -> e.getValue().equals(mediaType)).findFirst().orElseThrow().getKey();
    return prefix + Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  private boolean looksLikeItsType() {
    if (mediaType.equals("image/png")) {
      return bytes.length > PNG_SIGNATURE.length && Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE);
    }
    String start = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.UTF_8).stripLeading();
    return start.startsWith("<svg") || start.startsWith("<?xml");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IdpLogo logo && mediaType.equals(logo.mediaType) && Arrays.equals(bytes, logo.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "IdpLogo[" + mediaType + ", " + bytes.length + " bytes]";
  }
}
