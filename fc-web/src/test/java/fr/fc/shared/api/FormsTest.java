package fr.fc.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.fc.shared.error.FcError;
import fr.fc.shared.error.FcException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

/** A back-channel POST without any form lacks its first required parameter. */
class FormsTest {

  private static MultivaluedMap<String, String> form(String... namesAndValues) {
    MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      form.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return form;
  }

  @Test
  void aBackChannelPostWithoutFormLacksItsFirstParameter() {
    FcException error = assertThrows(FcException.class, () -> Forms.required(null, FcError.GRANT_TYPE_MISSING));

    assertEquals(FcError.GRANT_TYPE_MISSING, error.error());
    MultivaluedMap<String, String> form = form("grant_type", "authorization_code");
    assertSame(form, Forms.required(form, FcError.GRANT_TYPE_MISSING));
  }
}
