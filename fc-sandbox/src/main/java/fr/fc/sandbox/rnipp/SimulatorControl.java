package fr.fc.sandbox.rnipp;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/** The simulator's current behaviour, shared by every request of this JVM. */
@ApplicationScoped
public class SimulatorControl {

  private final AtomicReference<SimulatorBehaviour> current =
      new AtomicReference<>(SimulatorBehaviour.NORMAL);

  SimulatorBehaviour current() {
    return current.get();
  }

  void change(SimulatorBehaviour behaviour) {
    current.set(behaviour);
  }
}
