package fr.fc.registry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The IdPs an SP lets its citizens use (contract: idpFilterExclude and idpFilterList). */
class IdpFilterTest {

  @Test
  void byDefaultEveryIdp() {
    assertTrue(IdpFilter.NONE.allows("impots"));
  }

  @Test
  void anExclusionListBarsItsIdps() {
    IdpFilter filter = new IdpFilter(true, Set.of("ameli"));
    assertFalse(filter.allows("ameli"));
    assertTrue(filter.allows("impots"));
  }

  @Test
  void anInclusionListAllowsOnlyItsIdps() {
    IdpFilter filter = new IdpFilter(false, Set.of("impots"));
    assertTrue(filter.allows("impots"));
    assertFalse(filter.allows("ameli"));
    assertFalse(new IdpFilter(false, Set.of()).allows("impots"), "an empty inclusion list allows none");
  }
}
