package fr.fc.sandbox.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void dropsScriptsStylesAndComments() {
    assertEquals(
        "Visible",
        HtmlText.of(
            "<script>alert('x')</script><!-- note --><STYLE type=\"text/css\">a{}</STYLE>Visible"));
  }

  @Test
  void givesALineToEachParagraphBreakAndListItem() {
    String html =
        "<h1>Connexion</h1>\n  <p>Le 2 janvier,\n   à 10 h :</p><ul><li>Impôts</li><li>Ameli</li>"
            + "</ul>Ligne 1<br>Ligne 2<br/>Ligne 3";

    assertEquals(
        "Connexion\n\nLe 2 janvier, à 10 h :\n\n- Impôts\n- Ameli\nLigne 1\nLigne 2\nLigne 3",
        HtmlText.of(html));
  }

  @Test
  void putsTableCellsSideBySideAndRowsOnTheirOwnLines() {
    String html = "<table><tr><th>Date</th><td>2 janvier</td></tr><tr><th>Service</th>"
        + "<td>Impôts</td></tr></table>";

    assertEquals("Date 2 janvier\nService Impôts", HtmlText.of(html));
  }

  @Test
  void showsALinksAddressUnlessItIsItsLabel() {
    assertEquals(
        "Aide (https://fc.example/aide) et https://fc.example/",
        HtmlText.of(
            "<a class='x' href='https://fc.example/aide'><b>Aide</b></a> et "
                + "<a href=\"https://fc.example/\">https://fc.example/</a>"));
  }

  @Test
  void decodesCharacterReferencesOnce() {
    assertEquals(
        "<b> & é é € l’accès &amp; &unknown;",
        HtmlText.of(
            "&lt;b&gt; &amp; &eacute; &#233; &#x20AC; l&rsquo;accès &amp;amp; &unknown;"));
  }
}
