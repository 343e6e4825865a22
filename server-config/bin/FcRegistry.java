import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * fc-registry: applies a registry file to fc, or exports fc's registry as one, through the admin API
 * (docs/registry.md), in one file the JDK runs as is.
 *
 *   java FcRegistry.java [--url BASE] [--token-file FILE] import FILE [--prune] [--dry-run]
 *   java FcRegistry.java [--url BASE] [--token-file FILE] export [FILE]
 *
 * The operator token (role fc-admin) comes from --token-file, else from FC_ADMIN_TOKEN: never from
 * the command line, which ps shows. Exits 0 when fc answered 200, 1 when fc refused or could not be
 * reached, 2 on a mistake of the caller's (arguments, no token, a file missing or over 5 MiB).
 */
public class FcRegistry {

  private static final String USAGE = """
      Usage: java FcRegistry.java [--url BASE] [--token-file FILE] import FILE [--prune] [--dry-run]
             java FcRegistry.java [--url BASE] [--token-file FILE] export [FILE]
      Applies a registry file to fc and prints what changed, or writes fc's registry (secrets
      omitted) to FILE, or to stdout without FILE. See docs/registry.md.
        --url BASE         fc's address [$FC_URL, else http://localhost:7000]
        --token-file FILE  a file holding an operator token of role fc-admin [else $FC_ADMIN_TOKEN]
        --prune            deactivate the partners the file no longer lists (never deletes them)
        --dry-run          say what would change, change nothing
      """;
  private static final String DEFAULT_URL = "http://localhost:7000";
  private static final String API_PATH = "/api/admin/registry";
  private static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern ERROR_DESCRIPTION =
      Pattern.compile("\"error_description\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|.)");

  /** What went wrong, printed as one line on stderr, and the exit status. */
  private static final class Failure extends Exception {
    final int status;

    Failure(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Failure failure) {
      System.err.println("fc-registry: " + failure.getMessage());
      System.exit(failure.status);
    }
  }

  private static void run(String[] args) throws Failure {
    String base = System.getenv().getOrDefault("FC_URL", "");
    String tokenFile = null;
    boolean prune = false;
    boolean dryRun = false;
    List<String> operands = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--help", "-h" -> {
          System.out.print(USAGE);
          return;
        }
        case "--url" -> base = value(args, ++i);
        case "--token-file" -> tokenFile = value(args, ++i);
        case "--prune" -> prune = true;
        case "--dry-run" -> dryRun = true;
        default -> {
          if (args[i].startsWith("-")) {
            throw usage("unknown option " + args[i]);
          }
          operands.add(args[i]);
        }
      }
    }
    String command = operands.isEmpty() ? "" : operands.get(0);
    if (command.equals("import")) {
      if (operands.size() != 2) {
        throw usage("import takes one FILE");
      }
    } else if (command.equals("export")) {
      if (operands.size() > 2) {
        throw usage("export takes at most one FILE");
      }
      if (prune || dryRun) {
        throw usage("--prune and --dry-run are for import");
      }
    } else {
      throw usage(command.isEmpty() ? "import or export?" : "unknown command " + command);
    }
    base = (base.isBlank() ? DEFAULT_URL : base.strip()).replaceAll("/+$", "");
    URI api = api(base);
    String token = token(tokenFile);

    if (command.equals("import")) {
      byte[] file = readRegistryFile(operands.get(1));
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + "?dryRun=" + dryRun + "&prune=" + prune))
          .header("Content-Type", "application/json")
          .header("Accept", "text/plain")
          .POST(HttpRequest.BodyPublishers.ofByteArray(file));
      write(send(request, token, base), null);
    } else {
      HttpRequest.Builder request = HttpRequest.newBuilder(api).header("Accept", "application/json").GET();
      write(send(request, token, base), operands.size() == 2 ? operands.get(1) : null);
    }
  }

  private static String value(String[] args, int i) throws Failure {
    if (i >= args.length) {
      throw usage(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static Failure usage(String problem) {
    return new Failure(2, problem + "\n" + USAGE.stripTrailing());
  }

  private static URI api(String base) throws Failure {
    try {
      URI api = URI.create(base + API_PATH);
      String scheme = api.getScheme();
      if (api.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        return api;
      }
    } catch (IllegalArgumentException malformed) {
      // reported below
    }
    throw new Failure(2, "the URL " + base + " is not an http or https URL");
  }

  private static String token(String tokenFile) throws Failure {
    String token;
    if (tokenFile != null) {
      try {
        token = Files.readString(Path.of(tokenFile)).strip();
      } catch (IOException e) {
        throw new Failure(2, "cannot read the token file " + tokenFile + ": " + describe(e));
      }
      if (token.isEmpty()) {
        throw new Failure(2, "the token file " + tokenFile + " is empty");
      }
    } else {
      token = System.getenv().getOrDefault("FC_ADMIN_TOKEN", "").strip();
      if (token.isEmpty()) {
        throw new Failure(2, "no operator token: give --token-file FILE or set FC_ADMIN_TOKEN");
      }
    }
    if (!token.matches("[!-~]+")) {
      throw new Failure(2, "the operator token holds spaces or control characters");
    }
    return token;
  }

  private static byte[] readRegistryFile(String file) throws Failure {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      byte[] content = in.readNBytes(MAX_FILE_BYTES + 1);
      if (content.length > MAX_FILE_BYTES) {
        throw new Failure(2, file + " is larger than 5 MiB");
      }
      return content;
    } catch (IOException e) {
      throw new Failure(2, "cannot read " + file + ": " + describe(e));
    }
  }

  /** The body of fc's 200 answer; any other answer, or none, is a failure. */
  private static byte[] send(HttpRequest.Builder request, String token, String base) throws Failure {
    // HTTP/1.1: no h2c upgrade attempt on plain http.
    HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(CONNECT_TIMEOUT)
        .build();
    HttpResponse<byte[]> response;
    try {
      response = client.send(
          request.header("Authorization", "Bearer " + token).timeout(REQUEST_TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException e) {
      throw new Failure(1, "no connection to " + base + " within " + CONNECT_TIMEOUT.toSeconds() + " s");
    } catch (HttpTimeoutException e) {
      throw new Failure(1, "no answer from " + base + " within " + REQUEST_TIMEOUT.toSeconds() + " s");
    } catch (ConnectException e) {
      String detail = describe(e);
      throw new Failure(1, "cannot connect to " + base + (detail.equals("ConnectException") ? "" : ": " + detail));
    } catch (IOException e) {
      throw new Failure(1, "no answer from " + base + ": " + describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure(1, "interrupted");
    }
    if (response.statusCode() != 200) {
      throw new Failure(1, "HTTP " + response.statusCode() + refusal(response.body()));
    }
    return response.body();
  }

  /** fc's error_description when the body is its JSON error, else the body itself, shortened. */
  private static String refusal(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    Matcher description = ERROR_DESCRIPTION.matcher(text);
    if (description.find()) {
      text = unescape(description.group(1));
    } else if (text.length() > 2000) {
      text = text.substring(0, 2000) + "...";
    }
    return text.isEmpty() ? "" : ": " + text;
  }

  private static String unescape(String json) {
    return JSON_ESCAPE.matcher(json).replaceAll(escape -> {
      String code = escape.group(1);
      String character = code.length() == 5
          ? String.valueOf((char) Integer.parseInt(code.substring(1), 16))
          : switch (code) {
            case "n" -> "\n";
            case "r" -> "\r";
            case "t" -> "\t";
            default -> code;
          };
      return Matcher.quoteReplacement(character);
    });
  }

  private static void write(byte[] body, String file) throws Failure {
    if (file == null) {
      System.out.write(body, 0, body.length);
      if (body.length > 0 && body[body.length - 1] != '\n') {
        System.out.println();
      }
      System.out.flush();
      return;
    }
    try {
      Files.write(Path.of(file), body);
    } catch (IOException e) {
      throw new Failure(1, "cannot write " + file + ": " + describe(e));
    }
  }

  /** The first message along the causes: the JDK's outer exceptions often have none. */
  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        return cause.getMessage();
      }
    }
    return e.getClass().getSimpleName();
  }
}
