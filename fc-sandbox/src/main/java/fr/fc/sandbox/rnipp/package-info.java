/**
 * The sandbox's RNIPP simulator: a stand-in for INSEE's register of persons that fc's RNIPP
 * connector, configured with the register URL {@code http://localhost:7100/rnipp}, queries on every
 * login. It answers from {@code persons.csv}, a register of fictional people (beside this package
 * in the resources), and follows the wire contract below to the letter.
 *
 * <h2>The wire contract (fc's rendition of INSEE's BRPP identification service)</h2>
 *
 * <p>The simulator's contract, copied verbatim from the wire format the connector and the simulator
 * share:
 *
 * <pre>{@code
 * RNIPP WIRE FORMAT (fc's rendition of INSEE's BRPP identification service; both the connector and the simulator must follow it exactly)
 *
 * Request: HTTP GET {registerUrl}/Brpp2IdentificationComplet/individus with query parameters
 *   rechercheType=S
 *   nom=<family name, as the IdP sent it>
 *   prenoms=<given names joined by single spaces>
 *   dateNaissance=<YYYYMMDD, presumed parts as 00: YYYYMM00 or YYYY0000>
 *   sexe=M | F | I            (male, female, unspecified)
 *   codeLieuNaissance=<5 chars: the COG commune code when born in France, else the COG country code 99XXX>
 * Parameters are UTF-8, percent-encoded. Header Accept: application/xml.
 *
 * Response: HTTP 200, Content-Type application/xml; charset=UTF-8:
 * <?xml version="1.0" encoding="UTF-8"?>
 * <ReponseIdentification>
 *   <TypeReponseIdentification>2</TypeReponseIdentification>
 *   <Individu>
 *     <NomNaissance>DUBOIS</NomNaissance>
 *     <NomUsage>MARTIN</NomUsage>                      (optional)
 *     <Prenoms><Prenom>Angela</Prenom><Prenom>Claire</Prenom><Prenom>Louise</Prenom></Prenoms>
 *     <Sexe>F</Sexe>                                    (M, F or I)
 *     <DateNaissance>1962-08-24</DateNaissance>         (YYYY-MM-DD, or YYYY-MM, or YYYY when presumed)
 *     <LieuNaissance>
 *       <Localite code="75107">PARIS 7E ARRONDISSEMENT</Localite>   (optional: absent when born abroad)
 *       <Pays code="99100">FRANCE</Pays>                            (optional: absent means 99100)
 *     </LieuNaissance>
 *     <Deces><DateDeces>2021-03-02</DateDeces></Deces>   (optional: present when the person is deceased)
 *   </Individu>
 * </ReponseIdentification>
 * TypeReponseIdentification values: 2 found (identity as asked), 3 found with a corrected identity
 * (the Individu is the register's version), 4 one close but not matching record, 6 several records
 * (several Individu elements), 7 found only under the usage/marital name, 8 not found, 9 request
 * rejected (malformed query). For 4, 8 and 9 there is no Individu element; for 6 there are two or more.
 * Any other HTTP status, a timeout, a connection failure or XML that does not follow this shape is a
 * technical failure of the register.
 * }</pre>
 *
 * <h2>How the simulator answers</h2>
 *
 * <p>Each row of {@code persons.csv} is one register record: {@code id} (the demo account it
 * serves, for people reading the file), {@code on_match} ({@code identify}, or {@code close} for a
 * record that answers type 4), {@code birth_name}, {@code usage_name} (empty when none), {@code
 * given_names} (in order, separated by {@code |}), {@code sex} (M, F or I), {@code birthdate}
 * ({@code YYYY-MM-DD}, or {@code YYYY-MM} or {@code YYYY} when presumed), {@code birthplace} and
 * {@code birthplace_name} (the COG commune, empty when born abroad), {@code birthcountry} and
 * {@code birthcountry_name} (99100 FRANCE when born in France) and {@code death_date} (empty while
 * alive). The file is checked when the simulator starts: a malformed row stops it.
 *
 * <p>A query matches a record when, after normalisation (upper case, accents stripped, Œ and Æ
 * spelled out, hyphens, apostrophes and runs of spaces folded into one space), its {@code nom}
 * equals the record's birth or usage name, its {@code prenoms} have the same words in any order,
 * and its {@code dateNaissance} (presumed parts as 00), {@code sexe} and {@code
 * codeLieuNaissance} (the commune when born in France, otherwise the country) are the record's.
 * Then:
 *
 * <ul>
 *   <li>no record matches: type 8;
 *   <li>two or more records match: type 6, with every one of them;
 *   <li>the one match has {@code on_match=close}: type 4 (a close record that does not match);
 *   <li>the one match matches only through its usage name: type 7;
 *   <li>the one match is spelled exactly as asked: type 2, otherwise type 3 with the register's
 *       spelling; a deceased person's answer carries {@code Deces}.
 * </ul>
 *
 * <p>A malformed query gets type 9: {@code rechercheType} other than {@code S}, a missing or blank
 * parameter, a {@code dateNaissance} that is not {@code YYYYMMDD} (with {@code 00} only for
 * presumed parts, a day only with a month, a real calendar date), a {@code sexe} other than M, F or
 * I, a {@code codeLieuNaissance} that is not a 5-character COG code.
 *
 * <h2>Failure triggers</h2>
 *
 * <p>Like FranceConnect's RNIPP mocks, given names ({@code prenoms}) ending with:
 *
 * <ul>
 *   <li>{@code _E010011}: the answer comes after 10 seconds, past fc's timeout;
 *   <li>{@code _E010012}: HTTP 500;
 *   <li>{@code _E010013}: HTTP 200 with XML off the contract's shape (type 2 without an {@code
 *       Individu}).
 * </ul>
 *
 * <h2>Test control</h2>
 *
 * <p>{@code POST /rnipp/admin/behaviour} with the form fields {@code delayMillis} (0 to 60000,
 * default 0) and {@code status} ({@code normal}, the default; {@code down}: every register query
 * answers 503; {@code error}: every register query answers 500) sets the behaviour of the whole
 * simulator, and answers it; a field absent takes its default, an invalid one answers 400. {@code
 * GET /rnipp/admin/behaviour} answers the current behaviour, e.g. {@code
 * {"delayMillis":0,"status":"normal"}}. The delay applies to every register query, before the
 * status; the admin resource itself is never slowed nor failed, so that a test can always put the
 * simulator back to normal. The behaviour is the JVM's, shared by all clients: tests that change it
 * must set it back.
 */
package fr.fc.sandbox.rnipp;
