package fr.fc.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The auditors' pages (/audit) answer anyone without the auditor role 401, with the login form and no event. */
@ExtendWith(SystemTest.class)
class AuditorPagesAccessIT {

  private static final List<String> AUDITOR_PAGES =
      List.of("/audit/", "/audit/index.xhtml?sub=x", "/audit/flow.xhtml?id=x", "/audit/volumes.xhtml",
          "/audit/chain.xhtml", "/audit/export.csv");

  @Test
  void anAnonymousVisitorOrACitizenReadsNothing(FcPlatform fc) throws Exception {
    Browser citizen = new Browser();
    BrokeredLoginIT.loginThrough(fc, citizen, AuthorizeIT.url(fc, AuthorizeIT.request(fc)), "impots", "test");

    for (String page : AUDITOR_PAGES) {
      for (Browser visitor : List.of(new Browser(), citizen)) {
        HttpResponse<String> answer = visitor.get(fc.url(page));
        assertTrue(answer.statusCode() == 401 || answer.statusCode() == 403, page + ": " + answer.statusCode());
        assertFalse(answer.body().contains("sandbox-demo-sp"), page + " shows no event");
      }
    }
    HttpResponse<String> loginPage = new Browser().get(fc.url("/audit/"));
    assertTrue(loginPage.body().contains("id=\"password\""), loginPage.body());
  }
}
