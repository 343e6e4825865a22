package fr.fc.shared.web;

import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Takes out of this web module the authentication module that Jakarta Security installs in every
 * web module of the application as soon as one of them has an authentication mechanism (the
 * auditors' site has). fc's endpoints authenticate their clients themselves; that module only ran
 * on each request, before and after it, for nothing (BENCHMARKS.md, run R).
 */
@WebListener
public class NoAuthenticationModule implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
  }
}
