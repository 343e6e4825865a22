package fr.fc.admin.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles an admin endpoint allows, checked by {@link OperatorTokenFilter} against the operator's
 * token. Not {@code @RolesAllowed}: the container would check that one against its own caller, whom
 * Payara's MicroProfile JWT support may or may not have set depending on the domain's settings.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OperatorRoles {
  String[] value();
}
