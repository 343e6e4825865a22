package fr.fc.rnipp.connector;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The register's answer to one identification: its type and the people it returned (one for
 * types 2, 3 and 7, two or more for 6, none for 4, 8 and 9).
 */
public record RnippResult(ResponseType type, List<RegisterPerson> persons)
    implements Serializable {

  /** {@code TypeReponseIdentification}. */
  public enum ResponseType {
    /** Found, identity as asked. */
    TYPE_2_FOUND(2, 1, 1),
    /** Found with a corrected identity: the person is the register's version. */
    TYPE_3_CORRECTED(3, 1, 1),
    /** One close but not matching record. */
    TYPE_4_CLOSE(4, 0, 0),
    /** Several records. */
    TYPE_6_SEVERAL(6, 2, Integer.MAX_VALUE),
    /** Found only under the usage (marital) name. */
    TYPE_7_USAGE_NAME(7, 1, 1),
    /** Not found. */
    TYPE_8_NOT_FOUND(8, 0, 0),
    /** Request rejected (malformed query). */
    TYPE_9_REJECTED(9, 0, 0);

    private final int code;
    private final int minPersons;
    private final int maxPersons;

    ResponseType(int code, int minPersons, int maxPersons) {
      this.code = code;
      this.minPersons = minPersons;
      this.maxPersons = maxPersons;
    }

    /** The value of {@code TypeReponseIdentification}. */
    public int code() {
      return code;
    }

    /** Whether an answer of this type may hold {@code count} people. */
    public boolean allows(int count) {
      return count >= minPersons && count <= maxPersons;
    }

    /** The type of a {@code TypeReponseIdentification} value, empty when unknown. */
    public static Optional<ResponseType> ofCode(int code) {
      for (ResponseType type : values()) {
        if (type.code == code) {
          return Optional.of(type);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * @throws IllegalArgumentException when the number of people does not fit the type
   */
  public RnippResult {
    requireNonNull(type, "type");
    persons = List.copyOf(persons);
    if (!type.allows(persons.size())) {
      throw new IllegalArgumentException(
          "type " + type.code() + " does not allow " + persons.size() + " people");
    }
  }

  /**
   * The one person of a type 2, 3 or 7 answer.
   *
   * @throws IllegalStateException for other types
   */
  public RegisterPerson person() {
    if (persons.size() != 1) {
      throw new IllegalStateException("type " + type.code() + " has no single person");
    }
    return persons.get(0);
  }

  /** Personal data withheld: the type and the number of people only. */
  @Override
  public String toString() {
    return "RnippResult[type=" + type + ", persons=" + persons.size() + "]";
  }
}
