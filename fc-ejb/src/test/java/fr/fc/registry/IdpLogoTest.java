package fr.fc.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class IdpLogoTest {

  private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>";

  @Test
  void anSvgOrPngDataUrlIsALogoThatWritesBackTheSame() {
    String dataUrl = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(SVG.getBytes(StandardCharsets.UTF_8));
    IdpLogo logo = IdpLogo.parse(dataUrl);
    assertEquals("image/svg+xml", logo.mediaType());
    assertArrayEquals(SVG.getBytes(StandardCharsets.UTF_8), logo.bytes());
    assertEquals(dataUrl, logo.dataUrl());
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    assertEquals("image/png", IdpLogo.parse("data:image/png;base64," + Base64.getEncoder().encodeToString(png)).mediaType());
  }

  @Test
  void anythingElseIsRefusedWithItsReason() {
    assertRefused("data URL", "https://idp.example/logo.svg");
    assertRefused("data URL", "data:text/html;base64,PGgxPg==");
    assertRefused("base64", "data:image/svg+xml;base64,not base64!");
    assertRefused("image/png", "data:image/png;base64," + Base64.getEncoder().encodeToString(SVG.getBytes(StandardCharsets.UTF_8)));
    assertRefused("image/svg+xml", "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString("<html/>".getBytes(StandardCharsets.UTF_8)));
    byte[] large = new byte[IdpLogo.MAX_BYTES + 1];
    System.arraycopy(SVG.getBytes(StandardCharsets.UTF_8), 0, large, 0, SVG.length());
    assertRefused("bytes", "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(large));
  }

  private static void assertRefused(String reason, String dataUrl) {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> IdpLogo.parse(dataUrl));
    assertTrue(refused.getMessage().contains(reason), refused.getMessage());
  }
}
