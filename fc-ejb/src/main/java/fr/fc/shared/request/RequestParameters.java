package fr.fc.shared.request;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one request, its query or its form, as every endpoint and service of fc reads
 * them: each given at most once (RFC 6749 section 3.1: a repeat would let a proxy and fc read two
 * different requests), and a blank value read as no value.
 */
public final class RequestParameters {

  /** The reason a repeated parameter is refused, after its name, in the refusal's description. */
  public static final String DUPLICATED = "is given more than once";

  private static final int SHOWN_NAME_LENGTH = 64;

  private final Map<String, String> values;

  private RequestParameters(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * @param parameters the query or form as read from the request, every value of each name; null
   *     reads as none
   * @param refusal the error of a repeated parameter: its description gets the parameter's name,
   *     then {@value #DUPLICATED}, and may use the name only
   * @throws FcException refusal, naming a repeated parameter
   */
  public static RequestParameters of(Map<String, List<String>> parameters, FcError refusal) {
    Map<String, String> single = new HashMap<>();
    if (parameters != null) {
      parameters.forEach((name, values) -> single.put(name, only(name, values, refusal)));
    }
    return new RequestParameters(single);
  }

  /**
   * The same rule for a servlet's parameters ({@code getParameterMap()}: the query and a form's
   * fields together), for the pages that are servlets rather than endpoints.
   *
   * @throws FcException refusal, naming a repeated parameter
   */
  public static RequestParameters ofServlet(Map<String, String[]> parameters, FcError refusal) {
    Map<String, List<String>> lists = new HashMap<>();
    if (parameters != null) {
      parameters.forEach((name, values) -> lists.put(name, values == null ? List.of() : Arrays.asList(values)));
    }
    return of(lists, refusal);
  }

  /** Parameters already single-valued, such as a request object's claims merged into a request. */
  public static RequestParameters of(Map<String, String> parameters) {
    return new RequestParameters(new HashMap<>(parameters));
  }

  /** The parameter's value, or null when it is absent or blank. */
  public String get(String name) {
    String value = values.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  /** The value as sent, blank included, where the contract tells a blank value from none. */
  public Optional<String> raw(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** Every parameter as sent. */
  public Map<String, String> asMap() {
    return values;
  }

  private static String only(String name, List<String> values, FcError refusal) {
    if (values.size() > 1) {
      throw new FcException(refusal, shown(name), DUPLICATED);
    }
    return values.isEmpty() ? "" : values.get(0);
  }

  // The name goes into error_description and the log: a forged one is cut, not echoed whole.
  private static String shown(String name) {
    return name.length() <= SHOWN_NAME_LENGTH ? name : name.substring(0, SHOWN_NAME_LENGTH) + "...";
  }
}
