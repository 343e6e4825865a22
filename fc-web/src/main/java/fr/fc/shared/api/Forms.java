package fr.fc.shared.api;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request parameters as the services take them: one value each, "" for a bare name. */
public final class Forms {

  static final String DUPLICATED = "is given more than once";
  private static final int SHOWN_NAME_LENGTH = 64;

  private Forms() {}

  /** The first value of each parameter, for endpoints that tolerate repeats. */
  public static Map<String, String> firstValues(MultivaluedMap<String, String> parameters) {
    Map<String, String> first = new HashMap<>();
    parameters.forEach((name, values) -> first.put(name, values.isEmpty() ? "" : values.get(0)));
    return first;
  }

  /**
   * The parameters, each of which must be given once (RFC 6749 section 3.1: "Request and response
   * parameters MUST NOT be included more than once"): a repeat would let a proxy and fc read two
   * different requests.
   *
   * @param parameters the query or form; null reads as none, JAX-RS giving null for an empty body
   *     sent without Content-Type
   * @param refusal the error of a repeated parameter: its description gets the parameter's name,
   *     then the reason ({@value #DUPLICATED}), and may use the name only
   * @throws FcException refusal, naming a repeated parameter
   */
  public static Map<String, String> singleValues(MultivaluedMap<String, String> parameters, FcError refusal) {
    Map<String, String> single = new HashMap<>();
    if (parameters == null) {
      return single;
    }
    parameters.forEach((name, values) -> single.put(name, only(name, values, refusal)));
    return single;
  }

  /**
   * The form of a back-channel POST, which JAX-RS reads as null when its body is empty and has no
   * Content-Type: such a request lacks its first required parameter.
   *
   * @throws FcException missing, when there is no form at all
   */
  public static MultivaluedMap<String, String> required(MultivaluedMap<String, String> form, FcError missing) {
    if (form == null) {
      throw new FcException(missing);
    }
    return form;
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
