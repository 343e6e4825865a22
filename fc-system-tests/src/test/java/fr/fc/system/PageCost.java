package fr.fc.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * fc's CPU per request of one page, read from its process as the login benchmark does: a tool to
 * measure one page's cost against a running fc (BENCHMARKS.md), once the tests are compiled:
 *
 * <pre>java -cp fc-system-tests/target/test-classes fr.fc.system.PageCost PID URL COOKIE WARM-UP COUNT THREADS</pre>
 *
 * It requests the URL WARM-UP times, then three rounds of COUNT, and prints each round's CPU per
 * request of the process PID (all its threads).
 */
public final class PageCost {

  private PageCost() {}

  public static void main(String[] arguments) throws Exception {
    long pid = Long.parseLong(arguments[0]);
    HttpRequest page = HttpRequest.newBuilder(URI.create(arguments[1])).header("Cookie", arguments[2]).build();
    int warmUp = Integer.parseInt(arguments[3]);
    int count = Integer.parseInt(arguments[4]);
    int threads = Integer.parseInt(arguments[5]);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    request(http, page, warmUp, threads);
    for (int round = 1; round <= 3; round++) {
      long before = ProcessCpu.snapshot(pid).get("total");
      long start = System.nanoTime();
      request(http, page, count, threads);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "round %d: %.3f ms of CPU per request, %.0f requests/s%n",
          round, (ProcessCpu.snapshot(pid).get("total") - before) * ProcessCpu.TICK_MILLIS / count, count / seconds);
    }
  }

  private static void request(HttpClient http, HttpRequest page, int count, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> senders = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        senders.add(pool.submit(() -> {
          for (int i = 0; i < count / threads; i++) {
            int status = http.send(page, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
              throw new IllegalStateException("the page answered " + status);
            }
          }
          return null;
        }));
      }
      for (Future<?> sender : senders) {
        sender.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
