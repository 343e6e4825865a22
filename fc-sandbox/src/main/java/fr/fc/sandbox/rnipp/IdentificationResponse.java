package fr.fc.sandbox.rnipp;

import fr.fc.sandbox.rnipp.RegisterRecord.Place;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The register's XML answer (see the package documentation for the shape), written with StAX so
 * that every value is escaped.
 */
final class IdentificationResponse {

  static final String MEDIA_TYPE = "application/xml; charset=UTF-8";

  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  private IdentificationResponse() {}

  /** The answer to a query, UTF-8 encoded. */
  static byte[] xml(Identification identification) {
    return document(identification.type().code(), identification.individuals());
  }

  /** A well-formed answer off the contract's shape: type 2 without its Individu (_E010013). */
  static byte[] offShape() {
    return document(Identification.Type.FOUND.code(), List.of());
  }

  private static byte[] document(int type, List<RegisterRecord> individuals) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XML.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.writeStartElement("ReponseIdentification");
      element(xml, "TypeReponseIdentification", Integer.toString(type));
      for (RegisterRecord individual : individuals) {
        individual(xml, individual);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the register's answer", e);
    }
    return bytes.toByteArray();
  }

  private static void individual(XMLStreamWriter xml, RegisterRecord record)
      throws XMLStreamException {
    xml.writeStartElement("Individu");
    element(xml, "NomNaissance", record.birthName());
    if (record.hasUsageName()) {
      element(xml, "NomUsage", record.usageName());
    }
    xml.writeStartElement("Prenoms");
    for (String givenName : record.givenNames()) {
      element(xml, "Prenom", givenName);
    }
    xml.writeEndElement();
    element(xml, "Sexe", record.sex());
    element(xml, "DateNaissance", record.birthdate());
    xml.writeStartElement("LieuNaissance");
    if (record.birthplace().isPresent()) {
      place(xml, "Localite", record.birthplace().get());
    }
    place(xml, "Pays", record.birthcountry());
    xml.writeEndElement();
    if (record.isDeceased()) {
      xml.writeStartElement("Deces");
      element(xml, "DateDeces", record.deathDate());
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static void place(XMLStreamWriter xml, String name, Place place)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeAttribute("code", place.code());
    xml.writeCharacters(place.name());
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }
}
