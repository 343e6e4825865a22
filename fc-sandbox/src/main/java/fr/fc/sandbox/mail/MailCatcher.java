package fr.fc.sandbox.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's SMTP server (GreenMail, SMTP only, no authentication), started with the sandbox on
 * 127.0.0.1 and the port {@code fc.sandbox.smtp-port}, stopped with it. It keeps the last {@value
 * CaughtMails#CAPACITY} copies it received, one per recipient. A port already taken fails the
 * sandbox's start, saying which.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailCatcher {

  static final String HOST = "127.0.0.1";

  private static final Logger LOG = Logger.getLogger(MailCatcher.class.getName());
  private static final long STARTUP_MILLIS = 10_000;

  @Inject
  @ConfigProperty(name = "fc.sandbox.smtp-port")
  int port;

  private final CaughtMails mails = new CaughtMails(CaughtMails.CAPACITY);
  private GreenMail smtp;

  @PostConstruct
  void start() {
    ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
    setup.setServerStartupTimeout(STARTUP_MILLIS);
    smtp = new GreenMail(setup);
    smtp.getUserManager()
        .setMessageDeliveryHandler(CatchingMailbox.delivery(mails, Clock.systemUTC()));
    try {
      smtp.start();
    } catch (RuntimeException e) {
      smtp.stop();
      throw new IllegalStateException(
          "the mail catcher cannot listen on SMTP " + HOST + ":" + port
              + " (is the port taken? set fc.sandbox.smtp-port)",
          e);
    }
    LOG.info(() -> "Mail catcher: SMTP on " + HOST + ":" + port + ", messages at /mails/");
  }

  @PreDestroy
  void stop() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  /** The port it listens on. */
  public int port() {
    return port;
  }

  /** The copies it keeps that the filter lets through, newest first. */
  public List<CaughtMail> received(RecipientFilter filter) {
    return mails.newestFirst(filter);
  }
}
