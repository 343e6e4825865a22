import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL of ./fc cluster when the operator gives none: the embedded PostgreSQL the system
 * tests start, on loopback, its data kept in a folder across runs. It runs until it is sent
 * SIGTERM, then stops the database.
 *
 * <pre>
 *   java -cp 'server-config/target/runtime/postgres/*' EmbeddedDatabase.java DATA_DIR PORT PASSWORD_FILE
 * </pre>
 *
 * It makes the user and database fc when they are missing, the user's password the one of PASSWORD_FILE.
 */
public class EmbeddedDatabase {

  private static final String NAME = "fc";

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("Usage: java EmbeddedDatabase.java DATA_DIR PORT PASSWORD_FILE");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    Files.createDirectories(data);
    String password = Files.readString(Path.of(args[2])).trim();
    if (!password.matches("[A-Za-z0-9]{16,}")) {
      throw new IllegalArgumentException("The password file must hold 16 or more letters and digits");
    }
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder().setPort(Integer.parseInt(args[1])).setDataDirectory(data).setCleanDataDirectory(false).start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres)));
    ensureDatabase(postgres, password);
    System.out.println("PostgreSQL ready on 127.0.0.1:" + args[1]);
    Thread.currentThread().join();
  }

  /** The user with the password of the file (it may have been made again), and its database. */
  private static void ensureDatabase(EmbeddedPostgres postgres, String password) throws SQLException {
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      if (exists(statement, "SELECT 1 FROM pg_roles WHERE rolname = '" + NAME + "'")) {
        statement.execute("ALTER USER " + NAME + " PASSWORD '" + password + "'");
      } else {
        statement.execute("CREATE USER " + NAME + " PASSWORD '" + password + "'");
      }
      if (!exists(statement, "SELECT 1 FROM pg_database WHERE datname = '" + NAME + "'")) {
        statement.execute("CREATE DATABASE " + NAME + " OWNER " + NAME);
      }
    }
  }

  private static boolean exists(Statement statement, String query) throws SQLException {
    try (ResultSet row = statement.executeQuery(query)) {
      return row.next();
    }
  }

  private static void stop(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }
}
