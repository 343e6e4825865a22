package fr.fc.sandbox.rnipp;

import static fr.fc.sandbox.rnipp.RegisterFileTest.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.fc.sandbox.rnipp.Identification.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentificationTest {

  @Test
  void carriesTheContractsCodes() {
    assertEquals(
        List.of(2, 3, 4, 6, 7, 8, 9),
        List.of(Type.values()).stream().map(Type::code).toList());
  }

  @Test
  void refusesTheWrongNumberOfRecordsForItsType() {
    assertThrows(IllegalArgumentException.class, () -> Identification.without(Type.FOUND));
    assertThrows(
        IllegalArgumentException.class, () -> Identification.of(Type.NOT_FOUND, record("test")));
    assertThrows(
        IllegalArgumentException.class, () -> Identification.of(Type.SEVERAL, record("test")));
  }
}
