package fr.fc.system;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options of the servers the tests start. They compile with C1 only: each serves tens of
 * thousands of requests at most, and C2's compilations of Payara's code would take the 2 cores
 * from the servers' starts. The benchmark measures the product's JVM: it sets fc.it.productionJit,
 * and may add options to fc's servers with fc.it.jvmOptions (space-separated), as BENCHMARKS.md's
 * runs did.
 */
final class TestJvm {

  private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

  private TestJvm() {}

  /** Options for fc's servers, after those of the domain. */
  static List<String> fcServer() {
    List<String> options = new ArrayList<>(jit());
    String extra = System.getProperty("fc.it.jvmOptions", "").strip();
    if (!extra.isEmpty()) {
      options.addAll(List.of(extra.split("\\s+")));
    }
    return options;
  }

  /** The JIT's options: for fc's servers and the sandbox's Payara Micro. */
  static List<String> jit() {
    return Boolean.getBoolean("fc.it.productionJit") ? List.of() : List.of(C1_ONLY);
  }
}
