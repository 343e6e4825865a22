package fr.fc.rnipp.connector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * DOM parsers that refuse any DOCTYPE, so that no external entity, DTD or entity expansion is ever
 * processed. Building a parser costs more than parsing a register answer, so idle parsers are
 * kept for the next parse (a parser serves one parse at a time).
 */
final class SafeXmlParsers {

  private static final int KEPT = 16;
  private static final DocumentBuilderFactory FACTORY = secureFactory();
  private static final BlockingQueue<DocumentBuilder> IDLE = new ArrayBlockingQueue<>(KEPT);

  private SafeXmlParsers() {}

  /**
   * @throws SAXException when the bytes are not well-formed XML, or hold a DOCTYPE
   */
  static Document parse(byte[] xml) throws SAXException, IOException {
    DocumentBuilder builder = borrow();
    try {
      return builder.parse(new ByteArrayInputStream(xml));
    } finally {
      builder.reset();
      builder.setErrorHandler(RethrowingErrorHandler.INSTANCE);
      IDLE.offer(builder);
    }
  }

  private static DocumentBuilder borrow() {
    DocumentBuilder idle = IDLE.poll();
    return idle != null ? idle : newBuilder();
  }

  // A factory is not thread-safe.
  private static synchronized DocumentBuilder newBuilder() {
    try {
      DocumentBuilder builder = FACTORY.newDocumentBuilder();
      builder.setErrorHandler(RethrowingErrorHandler.INSTANCE);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("No XML parser", e);
    }
  }

  private static DocumentBuilderFactory secureFactory() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      // Without these features the parser would be open to XXE: refuse to run at all.
      throw new IllegalStateException("The XML parser cannot be made safe against XXE", e);
    }
    try {
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (IllegalArgumentException e) {
      // a parser before JAXP 1.5: the refused DOCTYPE already keeps every external access out
    }
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }

  /** Fails the parse on any error, and keeps the parser from printing to stderr. */
  private enum RethrowingErrorHandler implements ErrorHandler {
    INSTANCE;

    @Override
    public void warning(SAXParseException e) {
      // a warning does not make the document unusable
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
