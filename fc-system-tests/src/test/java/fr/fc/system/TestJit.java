package fr.fc.system;

/**
 * The JIT of the servers the tests start: C1 only. Each serves a few thousand requests at most, and
 * C2's compilations of Payara's code would take the 2 cores from the servers' starts. The benchmark
 * measures the product's JVM: it sets fc.it.productionJit, and the servers keep the JVM's default.
 */
final class TestJit {

  static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

  private TestJit() {}

  static boolean c1Only() {
    return !Boolean.getBoolean("fc.it.productionJit");
  }
}
