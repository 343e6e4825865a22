package fr.fc.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowBytesTest {

  private static final long[] NUMBERS = {0, 1, -1, 63, 64, -64, -65, 127, 128, 300, 1_796_371_800L, Long.MAX_VALUE,
      Long.MIN_VALUE};

  @Test
  void numbersComeBackWhateverTheirSize() {
    FlowBytes.Writer out = new FlowBytes.Writer();
    Arrays.stream(NUMBERS).forEach(out::number);
    FlowBytes.Reader in = new FlowBytes.Reader(out.bytes());
    for (long number : NUMBERS) {
      assertEquals(number, in.number());
    }
  }

  @Test
  void smallNumbersTakeOneByte() {
    assertEquals(1, new FlowBytes.Writer().number(-64).bytes().length);
    assertEquals(1, new FlowBytes.Writer().number(63).bytes().length);
    assertEquals(2, new FlowBytes.Writer().number(64).bytes().length);
  }

  @Test
  void stringsListsAndInstantsComeBackWithTheirNulls() {
    Instant instant = Instant.parse("2026-12-04T08:30:00.000000001Z");
    byte[] bytes = new FlowBytes.Writer().string("Élise d'Anjou-Übel 日本").string("").string(null)
        .strings(List.of("a", "b")).strings(null).instant(instant).instant(null).optionalNumber(null)
        .optionalNumber(7L).bytes();

    FlowBytes.Reader in = new FlowBytes.Reader(bytes);
    assertEquals("Élise d'Anjou-Übel 日本", in.string());
    assertEquals("", in.string());
    assertNull(in.string());
    assertEquals(List.of("a", "b"), in.strings());
    assertNull(in.strings());
    assertEquals(instant, in.instant());
    assertNull(in.instant());
    assertNull(in.optionalNumber());
    assertEquals(7L, in.optionalNumber());
  }

  @Test
  void claimValuesComeBackWithTheirKinds() {
    LinkedHashMap<String, Object> address = new LinkedHashMap<>();
    address.put("country", "France");
    LinkedHashMap<String, Object> claims = new LinkedHashMap<>();
    claims.put("address", address);
    claims.put("verified", false);
    claims.put("year", 1962L);
    claims.put("rank", 3);
    claims.put("ratio", -0.25);
    claims.put("list", Arrays.asList("x", null, 2L));
    claims.put("none", null);

    Object back = new FlowBytes.Reader(new FlowBytes.Writer().value(claims).bytes()).value();

    assertEquals(claims, back);
    assertEquals(List.copyOf(claims.keySet()), List.copyOf(((Map<?, ?>) back).keySet()));
  }

  @Test
  void anEntryCutShortIsAnErrorNotAnotherValue() {
    byte[] bytes = new FlowBytes.Writer().string("un nom assez long").bytes();
    FlowBytes.Reader in = new FlowBytes.Reader(Arrays.copyOf(bytes, bytes.length - 3));
    assertThrows(IllegalStateException.class, in::string);
    assertThrows(IllegalStateException.class, () -> new FlowBytes.Reader(new byte[] {(byte) 0x80}).number());
  }

  @Test
  void anEntryOfAnotherFormatReadsAsNoEntry() {
    byte[] written = FlowBytes.writer(2).string("uid").bytes();

    assertTrue(FlowBytes.reader(written, 1, "A test entry").isEmpty());
    assertEquals("uid", FlowBytes.reader(written, 2, "A test entry").orElseThrow().string());
  }

  @Test
  void aValueOfAnotherKindIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new FlowBytes.Writer().value(new Object()));
  }
}
