package fr.fc.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
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
    for (String active : new String[] {
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg>&x;</svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p>fc</p></foreignObject></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><rect/></a></svg>",
        "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><p>Your account is blocked</p></html>"}) {
      assertRefused("image/svg+xml", "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(active.getBytes(StandardCharsets.UTF_8)));
    }
    byte[] large = new byte[IdpLogo.MAX_BYTES + 1];
    System.arraycopy(SVG.getBytes(StandardCharsets.UTF_8), 0, large, 0, SVG.length());
    assertRefused("bytes", "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(large));
  }

  @Test
  void aChangeOfTheRegistryShowsALogoByItsFingerprint() {
    String dataUrl = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(SVG.getBytes(StandardCharsets.UTF_8));
    String shown = IdpLogo.fingerprint(dataUrl);
    assertTrue(shown.matches("image/svg\\+xml, \\d+ bytes, sha256 [0-9a-f]{64}"), shown);
    assertEquals("(not a logo)", IdpLogo.fingerprint("data:text/plain;base64,eA=="));
    Map<String, Map<String, Object>> change =
        RegistryChange.diff(Map.of("logo", dataUrl, "title", "Old"), Map.of("title", "New"));
    assertEquals(shown, change.get("logo").get("before"), "the trail's detail holds no image");
    assertEquals("New", change.get("title").get("after"));
  }

  private static void assertRefused(String reason, String dataUrl) {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> IdpLogo.parse(dataUrl));
    assertTrue(refused.getMessage().contains(reason), refused.getMessage());
  }
}
