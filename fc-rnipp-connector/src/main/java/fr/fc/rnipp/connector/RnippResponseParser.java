package fr.fc.rnipp.connector;

import fr.fc.rnipp.connector.RnippException.Failure;
import fr.fc.rnipp.connector.RnippResult.ResponseType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a {@code ReponseIdentification} document and checks its shape.
 */
final class RnippResponseParser {

  private static final Pattern REGISTER_DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");
  private static final Pattern COMMUNE_CODE = Pattern.compile("(?:\\d{2}|2[AB])\\d{3}");
  private static final Pattern COUNTRY_CODE = Pattern.compile("99\\d{3}");

  private RnippResponseParser() {}

  /**
   * @throws RnippException INVALID_RESPONSE when the bytes are not well-formed XML of the wire
   *     format's shape
   */
  static RnippResult parse(byte[] xml) throws RnippException {
    Document document;
    try {
      document = SafeXmlParsers.parse(xml);
    } catch (SAXException | IOException e) {
      throw invalid("not well-formed XML, or a DOCTYPE", e);
    }
    Element root = document.getDocumentElement();
    if (!"ReponseIdentification".equals(root.getLocalName())) {
      throw invalid("the root element is not ReponseIdentification");
    }
    ResponseType type = responseType(text(one(root, "TypeReponseIdentification")));
    List<RegisterPerson> persons = new ArrayList<>();
    for (Element individu : children(root, "Individu")) {
      persons.add(person(individu));
    }
    if (!type.allows(persons.size())) {
      throw invalid("type " + type.code() + " with " + persons.size() + " Individu");
    }
    return new RnippResult(type, persons);
  }

  private static ResponseType responseType(String value) throws RnippException {
    try {
      return ResponseType.ofCode(Integer.parseInt(value))
          .orElseThrow(() -> invalid("unknown TypeReponseIdentification " + value));
    } catch (NumberFormatException e) {
      throw invalid("TypeReponseIdentification is not a number", e);
    }
  }

  private static RegisterPerson person(Element individu) throws RnippException {
    String birthName = required(one(individu, "NomNaissance"));
    Element usage = optional(individu, "NomUsage");
    String usageName = usage == null || text(usage).isEmpty() ? null : text(usage);
    List<String> givenNames = new ArrayList<>();
    for (Element prenom : children(one(individu, "Prenoms"), "Prenom")) {
      givenNames.add(required(prenom));
    }
    RegisterPerson.Sex sex = sex(text(one(individu, "Sexe")));
    String birthdate = date(one(individu, "DateNaissance"));
    Element lieu = one(individu, "LieuNaissance");
    Element localite = optional(lieu, "Localite");
    Element pays = optional(lieu, "Pays");
    if (localite == null && pays == null) {
      throw invalid("LieuNaissance has neither Localite nor Pays");
    }
    String birthplace = localite == null ? null : code(localite, COMMUNE_CODE);
    String country = pays == null ? RegisterPerson.FRANCE : code(pays, COUNTRY_CODE);
    Element deces = optional(individu, "Deces");
    Element deathDate = deces == null ? null : optional(deces, "DateDeces");
    return new RegisterPerson(
        birthName,
        usageName,
        givenNames,
        sex,
        birthdate,
        birthplace,
        country,
        deces != null,
        deathDate == null ? null : date(deathDate));
  }

  private static RegisterPerson.Sex sex(String value) throws RnippException {
    return switch (value) {
      case "M" -> RegisterPerson.Sex.M;
      case "F" -> RegisterPerson.Sex.F;
      case "I" -> RegisterPerson.Sex.I;
      default -> throw invalid("Sexe is not M, F or I");
    };
  }

  private static String date(Element element) throws RnippException {
    String value = text(element);
    if (!REGISTER_DATE.matcher(value).matches()) {
      throw invalid(element.getLocalName() + " is not YYYY-MM-DD, YYYY-MM or YYYY");
    }
    return value;
  }

  private static String code(Element element, Pattern form) throws RnippException {
    String code = element.getAttribute("code").strip();
    if (!form.matcher(code).matches()) {
      throw invalid(element.getLocalName() + " has no valid code attribute");
    }
    return code;
  }

  private static String required(Element element) throws RnippException {
    String value = text(element);
    if (value.isEmpty()) {
      throw invalid(element.getLocalName() + " is empty");
    }
    return value;
  }

  private static String text(Element element) {
    return element.getTextContent().strip();
  }

  private static Element one(Element parent, String name) throws RnippException {
    List<Element> found = children(parent, name);
    if (found.size() != 1) {
      throw invalid(parent.getLocalName() + " has " + found.size() + " " + name + ", not one");
    }
    return found.get(0);
  }

  private static Element optional(Element parent, String name) throws RnippException {
    List<Element> found = children(parent, name);
    if (found.size() > 1) {
      throw invalid(parent.getLocalName() + " has " + found.size() + " " + name);
    }
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static RnippException invalid(String message) {
    return new RnippException(Failure.INVALID_RESPONSE, message);
  }

  private static RnippException invalid(String message, Throwable cause) {
    return new RnippException(Failure.INVALID_RESPONSE, message, cause);
  }
}
