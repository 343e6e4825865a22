package fr.fc.sandbox.rnipp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailureTriggerTest {

  @Test
  void readsTheTriggerAtTheEndOfTheGivenNames() {
    assertEquals(Optional.of(FailureTrigger.TIMEOUT), FailureTrigger.in("Jean_E010011"));
    assertEquals(Optional.of(FailureTrigger.SERVER_ERROR), FailureTrigger.in("Paul Jean_E010012"));
    assertEquals(Optional.of(FailureTrigger.OFF_SHAPE), FailureTrigger.in("Jean_E010013 "));
  }

  @Test
  void findsNoTriggerElsewhere() {
    assertEquals(Optional.empty(), FailureTrigger.in("Angela Claire Louise"));
    assertEquals(Optional.empty(), FailureTrigger.in("Jean_E010012 Paul"));
    assertEquals(Optional.empty(), FailureTrigger.in("Jean_E010014"));
    assertEquals(Optional.empty(), FailureTrigger.in(null));
  }

  @Test
  void delaysOnlyTheTimeout() {
    assertEquals(10_000, FailureTrigger.TIMEOUT.delayMillis());
    assertEquals(0, FailureTrigger.SERVER_ERROR.delayMillis());
    assertEquals(0, FailureTrigger.OFF_SHAPE.delayMillis());
  }
}
