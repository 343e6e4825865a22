package fr.fc.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The operator's accessibility contact: a link when it is an address, words otherwise. */
class ContactLinkTest {

  @Test
  void aWebAddressIsALink() {
    assertEquals(
        new ContactLink("https://www.example.gouv.fr/contact", "https://www.example.gouv.fr/contact"),
        ContactLink.of("https://www.example.gouv.fr/contact"));
  }

  @Test
  void anEmailAddressIsAMailLink() {
    assertEquals(
        new ContactLink("accessibilite@example.gouv.fr", "mailto:accessibilite@example.gouv.fr"),
        ContactLink.of("accessibilite@example.gouv.fr"));
  }

  @Test
  void anythingElseIsWordsOnly() {
    ContactLink words = ContactLink.of("javascript:alert");

    assertFalse(words.linked());
    assertEquals("javascript:alert", words.label());
    assertFalse(ContactLink.of("support-usagers").linked());
  }
}
