package fr.fc.data;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Every scope fc knows: the identity scopes, then the data scopes, in catalogue order. */
public final class Scopes {

  private static final List<String> ALL =
      Stream.concat(
              Arrays.stream(IdentityScope.values()).map(IdentityScope::value),
              Arrays.stream(DataScope.values()).map(DataScope::value))
          .toList();

  private Scopes() {}

  public static List<String> all() {
    return ALL;
  }
}
