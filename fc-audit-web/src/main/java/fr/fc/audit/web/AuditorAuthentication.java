package fr.fc.audit.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * How auditors log in: the form of login.xhtml, checked by {@link AuditorIdentityStore}. A page
 * asked for without the role shows the form, then the page once logged in (web.xml says which
 * paths need the role).
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "/login.xhtml?error=true"))
@DeclareRoles(AuditorIdentityStore.ROLE)
@ApplicationScoped
public class AuditorAuthentication {}
