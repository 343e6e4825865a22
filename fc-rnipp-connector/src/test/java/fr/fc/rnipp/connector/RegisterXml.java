package fr.fc.rnipp.connector;

import java.nio.charset.StandardCharsets;

/** Register answers of the wire format, for the tests. */
final class RegisterXml {

  /** Angela DUBOIS, married MARTIN, born in Paris 7e: every element the format has but Deces. */
  static final String ANGELA =
      """
        <Individu>
          <NomNaissance>DUBOIS</NomNaissance>
          <NomUsage>MARTIN</NomUsage>
          <Prenoms><Prenom>Angela</Prenom><Prenom>Claire</Prenom><Prenom>Louise</Prenom></Prenoms>
          <Sexe>F</Sexe>
          <DateNaissance>1962-08-24</DateNaissance>
          <LieuNaissance>
            <Localite code="75107">PARIS 7E ARRONDISSEMENT</Localite>
            <Pays code="99100">FRANCE</Pays>
          </LieuNaissance>
        </Individu>
      """;

  /** Jean-Loïc ÉLOÏSE, born in Algeria (no Localite) on a presumed day, no usage name. */
  static final String BORN_ABROAD =
      """
        <Individu>
          <NomNaissance>ÉLOÏSE</NomNaissance>
          <Prenoms><Prenom>Jean-Loïc</Prenom></Prenoms>
          <Sexe>M</Sexe>
          <DateNaissance>1958-03</DateNaissance>
          <LieuNaissance><Pays code="99352">ALGERIE</Pays></LieuNaissance>
        </Individu>
      """;

  private RegisterXml() {}

  static String answer(int type, String... individus) {
    return answer(String.valueOf(type), individus);
  }

  static String answer(String type, String... individus) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <ReponseIdentification>
          <TypeReponseIdentification>%s</TypeReponseIdentification>
        %s</ReponseIdentification>
        """
        .formatted(type, String.join("", individus));
  }

  static byte[] utf8(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }
}
