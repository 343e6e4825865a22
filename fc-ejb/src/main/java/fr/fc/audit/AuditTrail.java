package fr.fc.audit;

import fr.fc.audit.AuditJournal.Entry;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import fr.fc.shared.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The audit trail. An event is journaled on this node's disk before the step that produced it
 * answers (durable against a crash of the process and an absent database, at the cost of one write
 * to a file), then copied to the database each second, in batches, under the chain head's row lock
 * so that every node of a cluster appends in turn. What the database refused stays journaled and is
 * written at the next attempt, after a restart too; the database's unique (journal_id, journal_seq)
 * makes a replay write nothing twice. The database may be away when the node starts.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "Configuration"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditTrail {

  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
  /** Events kept in memory for the writer; past it, the writer reads them back from the journal. */
  private static final int MEMORY_LIMIT = 100_000;
  private static final int BATCH_ROWS = 1_000;

  @Resource(lookup = "jdbc/fc")
  private DataSource dataSource;

  @EJB private Configuration configuration;

  private final LinkedBlockingDeque<Entry> pending = new LinkedBlockingDeque<>();
  private AuditJournal journal;
  private AuditChain chain;
  private String node;
  private long writtenSeq;
  private boolean overflowed;
  /** Whether what the journal held at start may be in the database already (a crash after a commit). */
  private boolean replaying;

  @PostConstruct
  void open() {
    Settings settings = configuration.settings();
    node = settings.name(Setting.AUDIT_NODE).orElseGet(AuditTrail::defaultNode);
    chain = new AuditChain(HexFormat.of().parseHex(settings.secret(Setting.AUDIT_CHAIN_KEY)));
    journal = new AuditJournal(settings.directory(Setting.AUDIT_JOURNAL_DIRECTORY));
    pending.addAll(journal.after(0));
    replaying = !pending.isEmpty();
    if (replaying) {
      LOG.info(() -> "The audit journal holds " + pending.size() + " event(s) from before this start: written now"
          + " unless the database has them");
    }
  }

  /** Records an event of the request being served (microsecond time, as stored). */
  public void record(AuditEvent event, AuditContext context, String sub, String errorCode) {
    record(
        new AuditRecord(
            event, Instant.now().truncatedTo(ChronoUnit.MICROS), errorCode, context.flowId(), context.spClientId(),
            context.idpId(), context.acr(), sub, AuditScope.clientAddress(), AuditScope.userAgent(), node));
  }

  /**
   * Records an event of the request being served that is a connection of the citizen: their space
   * lists it.
   *
   * @param citizen the citizen's pseudonym
   */
  public void recordConnection(AuditEvent event, AuditContext context, String sub, String citizen) {
    record(
        new AuditRecord(
            event, Instant.now().truncatedTo(ChronoUnit.MICROS), null, context.flowId(), context.spClientId(),
            context.idpId(), context.acr(), sub, AuditScope.clientAddress(), AuditScope.userAgent(), node, null, null,
            citizen));
  }

  /**
   * Records an event of the request being served with what it concerns besides its SP and IdP.
   *
   * @param detail a short JSON object, never an identity, a token or a secret
   */
  public void record(AuditEvent event, AuditContext context, String sub, String errorCode, String detail) {
    record(
        new AuditRecord(
            event, Instant.now().truncatedTo(ChronoUnit.MICROS), errorCode, context.flowId(), context.spClientId(),
            context.idpId(), context.acr(), sub, AuditScope.clientAddress(), AuditScope.userAgent(), node, null,
            detail));
  }

  /**
   * Records an operator's change of the registry.
   *
   * @param actor who made it, as their token names them
   * @param detail what it changed, before and after, never a secret
   */
  public void recordChange(AuditEvent event, String actor, String spClientId, String idpId, String detail) {
    record(
        new AuditRecord(
            event, Instant.now().truncatedTo(ChronoUnit.MICROS), null, null, spClientId, idpId, null, null,
            AuditScope.clientAddress(), AuditScope.userAgent(), node, actor, detail));
  }

  void record(AuditRecord record) {
    synchronized (journal) {
      Entry entry = journal.append(record);
      if (!overflowed && pending.size() < MEMORY_LIMIT) {
        pending.add(entry);
      } else {
        overflowed = true;
      }
    }
    AuditScope.recorded(record.event());
  }

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  void flushEverySecond() {
    flush();
  }

  @PreDestroy
  void flushAtShutdown() {
    flush();
    journal.close();
  }

  /** Copies what is journaled to the database; on failure keeps it, in order, for the next attempt. */
  public synchronized void flush() {
    reloadAfterOverflow();
    journal.force();
    if (replaying && !skipWhatTheDatabaseHas()) {
      return;
    }
    while (!pending.isEmpty()) {
      List<Entry> batch = new ArrayList<>(BATCH_ROWS);
      pending.drainTo(batch, BATCH_ROWS);
      try {
        append(batch);
      } catch (SQLException | RuntimeException e) {
        LOG.log(Level.WARNING, "Audit trail not written yet, " + batch.size() + " event(s) kept in the journal", e);
        for (int i = batch.size() - 1; i >= 0; i--) {
          pending.addFirst(batch.get(i));
        }
        // A connection lost around the commit leaves it unknown whether the batch is in: ask first.
        replaying = true;
        return;
      }
      writtenSeq = batch.get(batch.size() - 1).seq();
      journal.written(writtenSeq);
    }
  }

  private void reloadAfterOverflow() {
    synchronized (journal) {
      if (overflowed && pending.isEmpty()) {
        pending.addAll(journal.after(writtenSeq));
        overflowed = false;
      }
    }
  }

  /** Drops the journaled events the database already has; false while it cannot say. */
  private boolean skipWhatTheDatabaseHas() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT MAX(journal_seq) FROM audit_event WHERE journal_id = ?")) {
      select.setString(1, journal.id());
      long stored;
      try (ResultSet row = select.executeQuery()) {
        row.next();
        stored = row.getLong(1);
      }
      while (!pending.isEmpty() && pending.peekFirst().seq() <= stored) {
        pending.pollFirst();
      }
      writtenSeq = Math.max(writtenSeq, stored);
      replaying = false;
      return true;
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Audit trail not reachable yet, the journal keeps every event", e);
      return false;
    }
  }

  private void append(List<Entry> batch) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        AuditHead head = AuditHead.lock(connection);
        try (PreparedStatement insert = connection.prepareStatement(AuditRows.INSERT);
            PreparedStatement index = connection.prepareStatement(AuditRows.INSERT_CITIZEN_INDEX)) {
          boolean indexed = false;
          for (Entry entry : batch) {
            head = head.next(chain, journal.id(), entry);
            AuditRows.bind(insert, head, journal.id(), entry);
            insert.addBatch();
            indexed |= AuditRows.bindCitizenIndex(index, head, entry);
          }
          insert.executeBatch();
          if (indexed) {
            index.executeBatch();
          }
        }
        head.store(connection);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    }
  }

  // A connection that died cannot roll back either; the failure that matters is the first one.
  private static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException | RuntimeException alsoFailed) {
      failure.addSuppressed(alsoFailed);
    }
  }

  private static String defaultNode() {
    String instance = System.getProperty("com.sun.aas.instanceName", "fc");
    try {
      String name = (instance + "@" + InetAddress.getLocalHost().getHostName()).replaceAll("[^A-Za-z0-9._@-]", "-");
      return name.length() <= 64 ? name : name.substring(0, 64);
    } catch (UnknownHostException e) {
      return instance;
    }
  }
}
