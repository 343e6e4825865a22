package fr.fc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> BALANCER = Set.of("10.0.0.2");

  @Test
  void aRequestFromTheBalancerNamesTheAddressItAdded() {
    assertEquals("203.0.113.7", ClientAddress.of(request("10.0.0.2", "198.51.100.1, 203.0.113.7"), BALANCER));
  }

  @Test
  void anAddressTheClientWroteItselfIsNeverTaken() {
    assertEquals("192.0.2.9", ClientAddress.of(request("192.0.2.9", "203.0.113.7"), BALANCER), "not from the balancer");
    assertEquals("10.0.0.2", ClientAddress.of(request("10.0.0.2", "<script>"), BALANCER), "not an address");
    assertEquals("10.0.0.2", ClientAddress.of(request("10.0.0.2"), BALANCER), "no header");
  }

  @Test
  void theLastOfSeveralHeadersIsTheBalancers() {
    assertEquals("2001:db8::1", ClientAddress.of(request("10.0.0.2", "203.0.113.7", "2001:db8::1"), BALANCER));
  }

  private static HttpServletRequest request(String connection, String... forwarded) {
    List<String> headers = List.of(forwarded);
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, arguments) -> switch (method.getName()) {
              case "getRemoteAddr" -> connection;
              case "getHeaders" -> Collections.enumeration("X-Forwarded-For".equals(arguments[0]) ? headers : List.of());
              default -> throw new UnsupportedOperationException(method.getName());
            });
  }
}
