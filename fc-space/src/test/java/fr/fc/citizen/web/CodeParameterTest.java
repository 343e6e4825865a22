package fr.fc.citizen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** signalement.xhtml's code: up to 32 of A-Z, 0-9, '-'; anything else is no code. */
class CodeParameterTest {

  @Test
  void aConnectionsCode() {
    assertEquals(Optional.of("ABCD-1234"), CodeParameter.parse("ABCD-1234"));
    assertEquals(Optional.of("A"), CodeParameter.parse("A"));
    assertEquals(Optional.of("A".repeat(32)), CodeParameter.parse("A".repeat(32)));
  }

  @Test
  void anythingElseIsNoCode() {
    for (String wrong :
        new String[] {null, "", "A".repeat(33), "abcd-1234", "ABCD 1234", "ABCD_1234", "ABCD%2D1234", "<script>", "ABCD-1234\n", "\u00c9TAT"}) {
      assertTrue(CodeParameter.parse(wrong).isEmpty(), String.valueOf(wrong));
    }
  }
}
