package fr.fc.sandbox.idp;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo accounts of accounts.csv: a header line, then one account a line, comma-separated,
 * without quoting; an empty field is an absent claim.
 */
@ApplicationScoped
public class DemoAccounts {

  static final String RESOURCE = "accounts.csv";
  private static final String HEADER = "login,password," + String.join(",", DemoAccount.CLAIMS);

  private Map<String, DemoAccount> byLogin;

  @PostConstruct
  void load() {
    byLogin = read();
  }

  /** The accounts of accounts.csv, by login in the order of the file. */
  static Map<String, DemoAccount> read() {
    try (InputStream csv = DemoAccounts.class.getResourceAsStream(RESOURCE)) {
      if (csv == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      return parse(new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The account with this login and password, if any. */
  Optional<DemoAccount> authenticate(String login, String password) {
    return Optional.ofNullable(login == null ? null : byLogin.get(login))
        .filter(account -> account.hasPassword(password));
  }

  /** The logins, in the order of the file. */
  List<String> logins() {
    return List.copyOf(byLogin.keySet());
  }

  static Map<String, DemoAccount> parse(BufferedReader csv) throws IOException {
    if (!HEADER.equals(csv.readLine())) {
      throw new IllegalStateException(RESOURCE + " must start with the header " + HEADER);
    }
    Map<String, DemoAccount> accounts = new LinkedHashMap<>();
    int lineNumber = 1;
    for (String line = csv.readLine(); line != null; line = csv.readLine()) {
      lineNumber++;
      if (!line.isBlank()) {
        DemoAccount account = account(line, lineNumber);
        if (accounts.putIfAbsent(account.login(), account) != null) {
          throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": login used twice");
        }
      }
    }
    return accounts;
  }

  private static DemoAccount account(String line, int lineNumber) {
    String[] fields = line.split(",", -1);
    if (fields.length != 2 + DemoAccount.CLAIMS.size() || fields[0].isEmpty()) {
      throw new IllegalStateException(
          RESOURCE + " line " + lineNumber + ": wrong number of fields");
    }
    Map<String, String> claims = new HashMap<>();
    for (int i = 0; i < DemoAccount.CLAIMS.size(); i++) {
      if (!fields[i + 2].isEmpty()) {
        claims.put(DemoAccount.CLAIMS.get(i), fields[i + 2]);
      }
    }
    return new DemoAccount(fields[0], fields[1], claims);
  }
}
