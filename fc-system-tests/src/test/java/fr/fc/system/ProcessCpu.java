package fr.fc.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CPU a process has used, read from Linux's /proc: in all (utime + stime of the process, its
 * ended threads included) and split by thread group from each living thread's own stat, by the
 * thread's name. Figures in clock ticks of {@link #TICK_MILLIS} ms.
 */
final class ProcessCpu {

  /** USER_HZ, 100 on Linux kernels since 2.6 on x86 and ARM. */
  static final double TICK_MILLIS = 10.0;

  static final List<String> GROUPS = List.of("request threads", "JIT", "GC and VM", "Data Grid", "other");

  private ProcessCpu() {}

  /** CPU ticks used so far: "total" and one entry per group. */
  static Map<String, Long> snapshot(long pid) throws IOException {
    Map<String, Long> ticks = new LinkedHashMap<>();
    ticks.put("total", ticks(Files.readString(Path.of("/proc", String.valueOf(pid), "stat"))));
    GROUPS.forEach(group -> ticks.put(group, 0L));
    try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
      threads.forEach(thread -> add(ticks, thread));
    }
    return ticks;
  }

  /** The threads using the most CPU so far, by name, to check the groups. */
  static Map<String, Long> byThreadName(long pid) throws IOException {
    Map<String, Long> names = new TreeMap<>();
    try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
      threads.forEach(
          thread -> {
            try {
              names.merge(name(thread), ticks(Files.readString(thread.resolve("stat"))), Long::sum);
            } catch (IOException ended) {
              // the thread ended meanwhile
            }
          });
    }
    return names;
  }

  /** Resident memory, in MiB. */
  static long residentMib(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return -1;
  }

  private static void add(Map<String, Long> ticks, Path thread) {
    try {
      ticks.merge(group(name(thread)), ticks(Files.readString(thread.resolve("stat"))), Long::sum);
    } catch (IOException ended) {
      // the thread ended meanwhile: its CPU is in the process's total
    }
  }

  static String group(String threadName) {
    if (threadName.startsWith("http-thread-poo") || threadName.startsWith("http-listener")) {
      return "request threads";
    }
    if (threadName.contains("CompilerThre")) {
      return "JIT";
    }
    if (threadName.startsWith("GC ") || threadName.startsWith("G1 ") || threadName.startsWith("VM ")) {
      return "GC and VM";
    }
    if (threadName.startsWith("hz.")) {
      return "Data Grid";
    }
    return "other";
  }

  private static String name(Path thread) throws IOException {
    return Files.readString(thread.resolve("comm")).trim();
  }

  /** utime + stime: fields 14 and 15 of stat, counted after the name's closing parenthesis. */
  static long ticks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}
