package fr.fc.shared.api;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.Map;

/** Request parameters as the services take them: the first value of each, "" for a bare name. */
public final class Forms {

  private Forms() {}

  public static Map<String, String> firstValues(MultivaluedMap<String, String> parameters) {
    Map<String, String> first = new HashMap<>();
    parameters.forEach((name, values) -> first.put(name, values.isEmpty() ? "" : values.get(0)));
    return first;
  }
}
