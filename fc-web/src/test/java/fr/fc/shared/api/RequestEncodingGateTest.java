package fr.fc.shared.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestEncodingGateTest {

  @Test
  void aQueryOfPercentEncodedUtf8Passes() {
    assertTrue(RequestEncodingGate.isPercentEncodedUtf8(null));
    assertTrue(RequestEncodingGate.isPercentEncodedUtf8("state=a%2541b%20%7Bx%7D&name=%C3%A9+x&empty="));
  }

  @Test
  void aBrokenEscapeOrBytesThatAreNotUtf8AreRefused() {
    assertFalse(RequestEncodingGate.isPercentEncodedUtf8("state=%zz"));
    assertFalse(RequestEncodingGate.isPercentEncodedUtf8("%"));
    assertFalse(RequestEncodingGate.isPercentEncodedUtf8("state=a%4"));
    assertFalse(RequestEncodingGate.isPercentEncodedUtf8("from=%FF%FE"));
    assertFalse(RequestEncodingGate.isPercentEncodedUtf8("path=%C0%AF"));
    assertFalse(RequestEncodingGate.isPercentEncodedUtf8("name=\u00e9"));
  }

  @Test
  void aContentTypeThatIsNotOneMediaTypeIsRefused() {
    assertTrue(RequestEncodingGate.isSingleMediaType(null));
    assertTrue(RequestEncodingGate.isSingleMediaType(""));
    assertTrue(RequestEncodingGate.isSingleMediaType("application/x-www-form-urlencoded; charset=UTF-8"));
    assertFalse(RequestEncodingGate.isSingleMediaType("*/*"));
    assertFalse(RequestEncodingGate.isSingleMediaType("application/x-www-form-urlencoded, application/json"));
    assertFalse(RequestEncodingGate.isSingleMediaType("not-a-media-type"));
  }

  @Test
  void aBodyInACharsetThisJvmLacksIsRefused() {
    assertTrue(RequestEncodingGate.isSupportedCharset(null));
    assertTrue(RequestEncodingGate.isSupportedCharset("application/x-www-form-urlencoded"));
    assertTrue(RequestEncodingGate.isSupportedCharset("application/x-www-form-urlencoded; charset=UTF-8"));
    assertTrue(RequestEncodingGate.isSupportedCharset("application/json;charset=\"iso-8859-1\""));
    assertFalse(RequestEncodingGate.isSupportedCharset("application/x-www-form-urlencoded; charset=bogus-charset"));
    assertFalse(RequestEncodingGate.isSupportedCharset("application/json; charset=??"));
  }
}
