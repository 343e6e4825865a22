package fr.fc.citizen;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditTrail;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Sends the citizens' e-mails through the server's mail session ({@code mail/fc}), off the request
 * path: one thread, one connection to the mail server and a bounded queue of their own, so that a
 * slow or absent mail server never delays a login, fails it, or takes the threads that serve
 * everyone. Without a mail session, fc sends none.
 */
@Singleton
@DependsOn("AuditTrail")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CitizenMailer {

  static final String MAIL_SESSION = "mail/fc";
  private static final Logger LOG = Logger.getLogger(CitizenMailer.class.getName());
  private static final long WARNING_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

  @Resource private ManagedThreadFactory threads;
  @EJB private Configuration configuration;
  @EJB private AuditTrail audit;

  private ThreadPoolExecutor sender;
  private volatile Optional<Session> session;
  private final AtomicInteger unsent = new AtomicInteger();
  private volatile long lastWarning;
  /** The sender thread's connection to the mail server. */
  private MailRelay relay;

  @PostConstruct
  void open() {
    int capacity = configuration.settings().count(Setting.MAIL_QUEUE_CAPACITY);
    sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(capacity), threads);
  }

  /** Sends what is queued, for a few seconds at most, while the audit trail can still record it. */
  @PreDestroy
  void close() {
    try {
      sender.execute(this::closeRelay);
    } catch (RejectedExecutionException full) {
      // The queue is full: the connection ends with the process.
    }
    sender.shutdown();
    try {
      if (sender.awaitTermination(5, TimeUnit.SECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.warning(() -> sender.shutdownNow().size() + " citizens' e-mail(s) not sent at shutdown");
  }

  /** Sends the notice of a login; its event tells whether it left. */
  public void send(LoginNotice notice) {
    Optional<Session> mail = session();
    if (mail.isEmpty() || notice.address() == null) {
      return;
    }
    CitizenMail message = CitizenMail.of(notice);
    try {
      sender.execute(() -> deliver(mail.get(), message, notice.context(), notice.sub()));
    } catch (RejectedExecutionException full) {
      warnQueueFull();
      audit.record(AuditEvent.LOGIN_NOTICE_FAILED, notice.context(), notice.sub(), null, "{\"reason\":\"queue full\"}");
    }
  }

  /** Sends a confirmation the citizen's space asked for; not audited apart from the change it confirms. */
  public void send(CitizenMail message) {
    Optional<Session> mail = session();
    if (mail.isEmpty() || message.to() == null) {
      return;
    }
    try {
      sender.execute(() -> deliver(mail.get(), message, null, null));
    } catch (RejectedExecutionException full) {
      warnQueueFull();
    }
  }

  private void deliver(Session mail, CitizenMail message, AuditContext context, String sub) {
    try {
      MimeMessage mime = new MimeMessage(mail);
      mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
      mime.setSubject(message.subject(), "UTF-8");
      mime.setText(message.text(), "UTF-8");
      relayTo(mail).send(mime);
      if (context != null) {
        audit.record(AuditEvent.LOGIN_NOTICE_SENT, context, sub, null);
      }
    } catch (MessagingException | RuntimeException e) {
      // The class only: a mail server's message may quote the citizen's address.
      LOG.warning(() -> "A citizen's e-mail could not be sent: " + e.getClass().getName());
      if (context != null) {
        audit.record(AuditEvent.LOGIN_NOTICE_FAILED, context, sub, null, "{\"reason\":\"mail server\"}");
      }
    }
  }

  // One line per interval, however many e-mails a flood drops: each notice's event names it already.
  private void warnQueueFull() {
    unsent.incrementAndGet();
    long now = System.nanoTime();
    long last = lastWarning;
    if (now - last >= WARNING_INTERVAL_NANOS || last == 0) {
      lastWarning = now;
      int count = unsent.getAndSet(0);
      LOG.warning(() -> "The citizens' mail queue is full: " + count + " e-mail(s) not sent; is the mail server slow?");
    }
  }

  // On the sender thread, which owns the relay.
  private void closeRelay() {
    if (relay != null) {
      relay.close();
    }
  }

  private MailRelay relayTo(Session mail) {
    if (relay == null) {
      relay = new MailRelay(mail, Clock.systemUTC());
    }
    return relay;
  }

  private Optional<Session> session() {
    Optional<Session> known = session;
    if (known == null) {
      known = lookup();
      session = known;
    }
    return known;
  }

  private static Optional<Session> lookup() {
    try {
      return Optional.of((Session) new InitialContext().lookup(MAIL_SESSION));
    } catch (NamingException | ClassCastException e) {
      LOG.info(() -> "No mail session " + MAIL_SESSION + ": fc sends citizens no e-mail");
      return Optional.empty();
    }
  }
}
