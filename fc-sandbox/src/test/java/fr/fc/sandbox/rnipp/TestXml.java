package fr.fc.sandbox.rnipp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading the register's answers back with a DOM parser, for the tests. */
final class TestXml {

  private TestXml() {}

  static Document parse(byte[] xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml));
  }

  /** The one child element of that name. */
  static Element only(Element parent, String name) {
    List<Element> children = children(parent, name);
    assertEquals(1, children.size(), name + " in " + parent.getTagName());
    return children.get(0);
  }

  /** The text of the one child element of that name. */
  static String text(Element parent, String name) {
    return only(parent, name).getTextContent();
  }

  static List<String> texts(Element parent, String name) {
    return children(parent, name).stream().map(Element::getTextContent).toList();
  }

  static int count(Element parent, String name) {
    return children(parent, name).size();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals(name)) {
        children.add(element);
      }
    }
    return children;
  }
}
