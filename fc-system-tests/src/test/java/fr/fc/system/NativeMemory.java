package fr.fc.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a JVM's memory goes, by the JVM's own account (native memory tracking), when the process
 * runs with {@code -XX:NativeMemoryTracking=summary}: heap, classes, code, threads, GC, and the rest.
 */
final class NativeMemory {

  // "-                 Java Heap (reserved=524288KB, committed=283648KB)"
  private static final Pattern CATEGORY = Pattern.compile("^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)");

  private NativeMemory() {}

  /** The committed MiB per category, largest first; empty when tracking is off. */
  static Optional<String> committed(long pid) throws Exception {
    Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "VM.native_memory", "summary").redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (jcmd.waitFor() != 0 || output.contains("not enabled")) {
      return Optional.empty();
    }
    record Category(String name, long kib) {}
    List<Category> categories = new ArrayList<>();
    for (String line : output.lines().toList()) {
      Matcher category = CATEGORY.matcher(line.trim());
      if (category.find()) {
        categories.add(new Category(category.group(1), Long.parseLong(category.group(2))));
      }
    }
    categories.sort(Comparator.comparingLong(Category::kib).reversed());
    StringBuilder split = new StringBuilder();
    categories.stream().limit(10).forEach(c -> split.append(split.isEmpty() ? "" : ", ").append(c.name()).append(' ').append(c.kib() / 1024));
    return Optional.of(split.toString());
  }
}
