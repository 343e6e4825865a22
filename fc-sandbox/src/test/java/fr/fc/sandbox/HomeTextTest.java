package fr.fc.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HomeTextTest {

  @Test
  void speaksFrenchByDefault() {
    assertEquals(HomeText.FRENCH, HomeText.forLanguages(null));
    assertEquals(HomeText.FRENCH, HomeText.forLanguages("de-DE,it;q=0.8"));
  }

  @Test
  void followsTheFirstLanguageItSpeaks() {
    assertEquals(HomeText.ENGLISH, HomeText.forLanguages("de;q=1, en-GB;q=0.9, fr;q=0.8"));
    assertEquals(HomeText.FRENCH, HomeText.forLanguages("fr-FR,en;q=0.5"));
  }
}
