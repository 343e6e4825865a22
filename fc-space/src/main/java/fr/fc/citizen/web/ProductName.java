package fr.fc.citizen.web;

import fr.fc.shared.config.Configuration;
import fr.fc.shared.config.Setting;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The service's name as the deployer chose it (fc.ui.product-name), for the space's header and titles. */
@Named("product")
@ApplicationScoped
public class ProductName {

  @EJB private Configuration configuration;

  public String name() {
    return configuration.settings().text(Setting.PRODUCT_NAME).orElse(Setting.PRODUCT_NAME.defaultValue());
  }
}
