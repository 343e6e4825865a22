package fr.fc.data;

import fr.fc.shared.config.Platform;
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

  /** Every scope of every platform: what an SP may be registered for. */
  public static List<String> all() {
    return ALL;
  }

  /** The scopes an SP of this platform may ask for, in catalogue order. */
  public static List<String> of(Platform platform) {
    return Stream.concat(
            Arrays.stream(IdentityScope.values()).filter(scope -> scope.on(platform)).map(IdentityScope::value),
            Arrays.stream(DataScope.values()).map(DataScope::value))
        .toList();
  }
}
