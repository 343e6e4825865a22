package fr.fc.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

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
  /** What an image has no use for: scripts, HTML, external documents, handlers, javascript: links. */
  private static final Pattern ACTIVE_SVG =
      Pattern.compile(
          "<!DOCTYPE|<!ENTITY|<script|<foreignObject|<iframe|<embed|<object|\\son[a-z]+\\s*=|javascript:|<use[^>]+href\\s*=\\s*[\"'](?!#)",
          Pattern.CASE_INSENSITIVE);
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

  /** What a change of the registry shows of a logo: its type, size and SHA-256, never the image. */
  static String fingerprint(String dataUrl) {
    try {
      IdpLogo logo = parse(dataUrl);
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(logo.bytes);
      return logo.mediaType + ", " + logo.bytes.length + " bytes, sha256 " + HexFormat.of().formatHex(hash);
    } catch (IllegalArgumentException | NoSuchAlgorithmException e) {
      return "(not a logo)";
    }
  }

  /** A strong validator of the image, for the caches in front of fc. */
  public String entityTag() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
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
    String svg = new String(bytes, StandardCharsets.UTF_8);
    String start = svg.stripLeading();
    return (start.startsWith("<svg") || start.startsWith("<?xml") && start.contains("<svg"))
        && !ACTIVE_SVG.matcher(svg).find();
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
