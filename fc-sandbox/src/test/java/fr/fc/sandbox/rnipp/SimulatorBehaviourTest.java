package fr.fc.sandbox.rnipp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.fc.sandbox.rnipp.SimulatorBehaviour.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulatorBehaviourTest {

  @Test
  void readsTheAdminForm() {
    assertEquals(
        new SimulatorBehaviour(2500, Status.DOWN), SimulatorBehaviour.parse("2500", "down"));
    assertEquals(
        new SimulatorBehaviour(60_000, Status.ERROR), SimulatorBehaviour.parse("60000", "error"));
  }

  @Test
  void takesTheDefaultsForAbsentFields() {
    assertEquals(SimulatorBehaviour.NORMAL, SimulatorBehaviour.parse(null, null));
    assertEquals(new SimulatorBehaviour(0, Status.DOWN), SimulatorBehaviour.parse("", "down"));
    assertEquals(new SimulatorBehaviour(100, Status.NORMAL), SimulatorBehaviour.parse("100", null));
  }

  @ParameterizedTest
  @CsvSource({"-1, normal", "60001, normal", "soon, normal", "0, DOWN", "0, slow"})
  void rejectsInvalidFields(String delayMillis, String status) {
    assertThrows(
        IllegalArgumentException.class, () -> SimulatorBehaviour.parse(delayMillis, status));
  }

  @Test
  void answersWithTheStatusOfItsFailure() {
    assertEquals(200, Status.NORMAL.httpStatus());
    assertEquals(503, Status.DOWN.httpStatus());
    assertEquals(500, Status.ERROR.httpStatus());
    assertEquals("down", Status.DOWN.wireName());
  }

  @Test
  void keepsTheBehaviourItIsGiven() {
    SimulatorControl control = new SimulatorControl();
    assertEquals(SimulatorBehaviour.NORMAL, control.current());

    control.change(new SimulatorBehaviour(10, Status.ERROR));

    assertEquals(new SimulatorBehaviour(10, Status.ERROR), control.current());
  }
}
