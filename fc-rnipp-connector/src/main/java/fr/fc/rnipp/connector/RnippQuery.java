package fr.fc.rnipp.connector;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.net.URLEncoder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One identification asked of the register, from the identity an identity provider sent.
 *
 * @param familyName the family name, as the IdP sent it
 * @param givenNames the given names, in order
 * @param birthdate as the IdP sent it: {@code YYYY-MM-DD}, {@code YYYY-MM-00} or {@code
 *     YYYY-00-00}
 * @param gender male, female or unspecified
 * @param placeCode the 5-character COG commune code when born in France, else the COG country code
 */
public record RnippQuery(
    String familyName, List<String> givenNames, String birthdate, String gender, String placeCode)
    implements Serializable {

  private static final Pattern BIRTHDATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern COG_CODE = Pattern.compile("(?:\\d{2}|2[AB])\\d{3}");

  /**
   * @throws IllegalArgumentException when a value has not the form above (the message does not
   *     repeat it)
   */
  public RnippQuery {
    requireNonNull(familyName, "familyName");
    givenNames = List.copyOf(givenNames);
    if (!BIRTHDATE.matcher(requireNonNull(birthdate, "birthdate")).matches()) {
      throw new IllegalArgumentException("birthdate must be YYYY-MM-DD, YYYY-MM-00 or YYYY-00-00");
    }
    RegisterPerson.Sex.ofGender(gender);
    if (!COG_CODE.matcher(requireNonNull(placeCode, "placeCode")).matches()) {
      throw new IllegalArgumentException("placeCode must be a 5-character COG code");
    }
  }

  /** The query parameters of the wire format, in its order, not yet encoded. */
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("rechercheType", "S");
    parameters.put("nom", familyName);
    parameters.put("prenoms", String.join(" ", givenNames));
    parameters.put("dateNaissance", birthdate.replace("-", ""));
    parameters.put("sexe", RegisterPerson.Sex.ofGender(gender).name());
    parameters.put("codeLieuNaissance", placeCode);
    return Collections.unmodifiableMap(parameters);
  }

  /** The query string: UTF-8, percent-encoded (a space is {@code %20}). */
  public String queryString() {
    return parameters().entrySet().stream()
        .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** Personal data: kept out of logs and exception messages. */
  @Override
  public String toString() {
    return "RnippQuery[withheld]";
  }

  // URLEncoder writes a space as '+' and a '+' as %2B: after the replacement, only percent-encoding.
  private static String encode(String value) {
    return URLEncoder.encode(value, UTF_8).replace("+", "%20");
  }
}
