package fr.fc.shared.api;

import fr.fc.audit.AuditContext;
import fr.fc.audit.AuditEvent;
import fr.fc.audit.AuditScope;
import fr.fc.audit.AuditTrail;
import fr.fc.shared.config.Configuration;
import fr.fc.shared.request.RequestRate;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This node's request rates per address and per client ({@link RequestLimit}, fc.limits.*). An
 * IPv6 address counts by its /64, which one subscriber usually holds whole. A flood is audited as
 * {@link AuditEvent#REQUESTS_LIMITED} at its first refused request, then once per
 * {@link #EVENT_INTERVAL} with how many were refused since, never once per request.
 */
@ApplicationScoped
public class RequestLimits {

  static final Duration EVENT_INTERVAL = Duration.ofSeconds(10);
  private static final int KEYS = 100_000;
  private static final int IPV6_PREFIX_BYTES = 8;

  @EJB private Configuration configuration;
  @EJB private AuditTrail audit;
  @Inject private ClientCharge charge;

  private final Clock clock = Clock.systemUTC();
  private final Map<RequestLimit, RequestRate> rates = new EnumMap<>(RequestLimit.class);
  private final Map<String, Flood> floods =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Flood> eldest) {
          return size() > KEYS;
        }
      };

  @PostConstruct
  void read() {
    for (RequestLimit limit : RequestLimit.values()) {
      rates.put(limit, new RequestRate(configuration.settings().count(limit.setting()), KEYS, clock));
    }
  }

  /** @throws RequestsLimited when the request's address is past this rate */
  public void admitAddress(RequestLimit limit) {
    String address = AuditScope.clientAddress();
    if (address == null) {
      return;
    }
    String key = addressKey(address);
    if (!rates.get(limit).take(key)) {
      refuse(limit, key, null);
    }
  }

  /**
   * Admits the request if the client it names has room; it is charged once answered, if it
   * authenticated as that client.
   *
   * @throws RequestsLimited when that client is past this rate
   */
  public void admitClient(RequestLimit limit, String clientId) {
    if (clientId == null) {
      return;
    }
    if (!rates.get(limit).allows(clientId)) {
      refuse(limit, clientId, clientId);
    }
    charge.admitted(limit, clientId);
  }

  void charge(RequestLimit limit, String clientId) {
    rates.get(limit).spend(clientId);
  }

  private void refuse(RequestLimit limit, String key, String clientId) {
    RequestsLimited limited =
        new RequestsLimited(limit, Math.max(1, (rates.get(limit).wait(key).toMillis() + 999) / 1000));
    int refused = floodGrows(limit.name() + " " + key);
    if (refused > 0) {
      audit.record(
          AuditEvent.REQUESTS_LIMITED, AuditContext.of(null, clientId, null), null, limited.refusal().error().code(),
          "{\"limit\":\"" + limit.setting().key() + "\",\"refused\":" + refused + "}");
    }
    throw limited;
  }

  /** Counts one more refusal of the key; the number to record when an event is due, else zero. */
  private synchronized int floodGrows(String key) {
    long now = clock.millis();
    Flood flood = floods.computeIfAbsent(key, absent -> new Flood(now - EVENT_INTERVAL.toMillis()));
    flood.refused++;
    if (now - flood.recordedAt < EVENT_INTERVAL.toMillis()) {
      return 0;
    }
    int refused = flood.refused;
    flood.refused = 0;
    flood.recordedAt = now;
    return refused;
  }

  static String addressKey(String address) {
    if (address.indexOf(':') < 0) {
      return address;
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, IPV6_PREFIX_BYTES) + "::/64" : address;
    } catch (UnknownHostException notAnAddress) {
      return address;
    }
  }

  private static final class Flood {
    private long recordedAt;
    private int refused;

    private Flood(long recordedAt) {
      this.recordedAt = recordedAt;
    }
  }
}
