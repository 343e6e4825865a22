package fr.fc.sandbox.rnipp;

import java.util.List;

/** The register's answer to a query: its type and the records it returns. */
record Identification(Type type, List<RegisterRecord> individuals) {

  /** The contract's TypeReponseIdentification values, with how many records each returns. */
  enum Type {
    FOUND(2, 1, 1),
    CORRECTED(3, 1, 1),
    CLOSE(4, 0, 0),
    SEVERAL(6, 2, Integer.MAX_VALUE),
    USAGE_NAME(7, 1, 1),
    NOT_FOUND(8, 0, 0),
    REJECTED(9, 0, 0);

    private final int code;
    private final int fewest;
    private final int most;

    Type(int code, int fewest, int most) {
      this.code = code;
      this.fewest = fewest;
      this.most = most;
    }

    int code() {
      return code;
    }
  }

  Identification {
    individuals = List.copyOf(individuals);
    if (individuals.size() < type.fewest || individuals.size() > type.most) {
      throw new IllegalArgumentException(type + " with " + individuals.size() + " records");
    }
  }

  /** An answer of type 4, 8 or 9, without records. */
  static Identification without(Type type) {
    return new Identification(type, List.of());
  }

  /** An answer of type 2, 3 or 7, with its one record. */
  static Identification of(Type type, RegisterRecord individual) {
    return new Identification(type, List.of(individual));
  }
}
