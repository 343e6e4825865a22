package fr.fc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fc.shared.docs.GeneratedDoc;
import org.junit.jupiter.api.Test;

/**
 * docs/audit-events.md, what auditors read to understand the trail, is what {@link AuditEvent} says.
 * After changing the catalogue, rewrite it with {@code ./mvnw test -pl fc-ejb -Dtest=AuditCatalogueTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfc.docs.update=true}.
 */
class AuditCatalogueTest {

  @Test
  void theCatalogueIsUpToDate() throws Exception {
    GeneratedDoc.assertUpToDate("audit-events.md", render(), AuditCatalogueTest.class);
  }

  @Test
  void everyEventSaysWhatItRecords() {
    for (AuditEvent event : AuditEvent.values()) {
      assertTrue(event.description().endsWith("."), event + " has a sentence");
    }
  }

  static String render() {
    StringBuilder out =
        new StringBuilder(
            """
            # fc's audit events

            Every event of fc's audit trail, generated from `fr.fc.audit.AuditEvent` (`AuditCatalogueTest`).
            Each step of every flow, success or failure, leaves one of them; a request fc refuses leaves the
            refusal event of its step (or `REQUEST_REFUSED`) with the error's code, unless the step already
            recorded why it failed.

            ## What a row holds

            | Column | What it is |
            | --- | --- |
            | `id` | The row's place in the chain, from 1, without gaps. |
            | `occurred_at` | When the step happened, to the microsecond (UTC). |
            | `event` | One of the events below; its outcome (`SUCCESS` or `FAILURE`) follows from it. |
            | `error_code` | The contract's error code (`Y` and 6 digits), for a failure. |
            | `flow_id` | The same on every event of one login, from `authorize` to `userinfo` and `checktoken`: a SHA-256 of the interaction's id, never the id itself. |
            | `sp_client_id` | The SP (for a refused request: the `client_id` it named, unverified). |
            | `idp_id` | The identity provider. |
            | `acr` | The level of the login (`eidas1`...), once known. |
            | `sub` | The SP's pseudonymous `sub` of the citizen, once known. No name, no birth date, no token, no secret. |
            | `client_address` | The address the request came from (the browser, or the partner's server for back-channel calls). |
            | `user_agent` | The request's `User-Agent`, cut to 256 characters. |
            | `node` | The fc node that served the step (`fc.audit.node`). |
            | `journal_id`, `journal_seq` | The node's journal (a random id, new with each journal directory) and the event's number in it: a journal replayed after a crash writes nothing twice. |
            | `actor` | For an operator's change: the operator, as their token names them (`upn`, else `sub`); `registry-file` for the file fc applies at startup. |
            | `detail` | For an operator's change: the partner and the fields it changed, before and after, as JSON; never a secret. |
            | `previous_hash`, `hash` | The keyed chain: `hash` is the HMAC-SHA256, under `fc.audit.chain-key`, of the row and `previous_hash`. |

            The client address and user agent are connection data: they are kept as long as the row, at most
            the retention period (12 months by default), as French law asks of the connection data of an
            online public service (décret n° 2021-1362 du 20 octobre 2021) and no longer.

            ## Events

            | Event | Outcome | What it records |
            | --- | --- | --- |
            """);
    for (AuditEvent event : AuditEvent.values()) {
      out.append("| `%s` | %s | %s |%n".formatted(event.name(), event.outcome(), event.description().replace("|", "\\|")));
    }
    return out.toString();
  }
}
