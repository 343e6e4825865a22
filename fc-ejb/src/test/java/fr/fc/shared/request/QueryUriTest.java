package fr.fc.shared.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QueryUriTest {

  @Test
  void aValueComesBackExactlyWhateverItsCharacters() {
    String state = "a%41b {x}+&=é#?";
    URI uri = QueryUri.of("https://sp.example.gouv.fr/callback").with("code", "c1").with("state", state).build();

    assertEquals("code=c1&state=a%2541b%20%7Bx%7D%2B%26%3D%C3%A9%23%3F", uri.getRawQuery());
    assertEquals(state, URLDecoder.decode(uri.getRawQuery().split("&state=")[1], StandardCharsets.UTF_8));
  }

  @Test
  void aQueryOfTheRegisteredUriIsKeptAndANullValueLeftOut() {
    URI uri = QueryUri.of("https://sp.example.gouv.fr/cb?tenant=7").with("state", null).with("code", "c1").build();

    assertEquals("https://sp.example.gouv.fr/cb?tenant=7&code=c1", uri.toString());
  }

  @Test
  void inTheFragmentTheQueryIsLeftAsItIs() {
    URI uri = QueryUri.inFragment("https://sp.example.gouv.fr/cb?tenant=7").with("error", "e 1").with("state", "s").build();

    assertEquals("tenant=7", uri.getRawQuery());
    assertEquals("error=e%201&state=s", uri.getRawFragment());
  }
}
