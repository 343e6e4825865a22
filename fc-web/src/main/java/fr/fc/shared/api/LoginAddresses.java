package fr.fc.shared.api;

import fr.fc.login.NextStep;
import fr.fc.oidc.OpenIdProvider;
import fr.fc.shared.request.QueryUri;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/** The address of each step of a login: fc's pages under the platform's issuer, or the partner's URL as given. */
@ApplicationScoped
public class LoginAddresses {

  @EJB private OpenIdProvider provider;
  @Inject private ServedPlatform served;

  public URI of(NextStep step) {
    if (step instanceof NextStep.IdpChoice choice) {
      return idpChoice(choice);
    }
    if (step instanceof NextStep.Information information) {
      return page("interaction/" + information.interactionUid() + "/consent");
    }
    if (step instanceof NextStep.IdentityProvider idp) {
      return idp.authorizationUrl();
    }
    return ((NextStep.ServiceProvider) step).redirect();
  }

  private URI idpChoice(NextStep.IdpChoice choice) {
    return QueryUri.of(page("interaction/" + choice.interactionUid()).toString())
        .with("idp_failed", choice.failedIdpTitle())
        .build();
  }

  private URI page(String path) {
    return URI.create(provider.issuer(served.platform()).endpoint(path));
  }
}
