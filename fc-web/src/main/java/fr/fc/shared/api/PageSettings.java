package fr.fc.shared.api;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What the deployer says of the citizens' pages: the service's name, and whom to tell of an accessibility problem. */
@ApplicationScoped
public class PageSettings {

  @EJB private Configuration configuration;

  /** {@link Setting#PRODUCT_NAME}, "FranceConnect" unless the deployer chose another. */
  public String productName() {
    return configuration.settings().text(Setting.PRODUCT_NAME).orElse(Setting.PRODUCT_NAME.defaultValue());
  }

  /** {@link Setting#ACCESSIBILITY_CONTACT}, if the operator gave one. */
  public Optional<String> accessibilityContact() {
    return configuration.settings().name(Setting.ACCESSIBILITY_CONTACT);
  }
}
