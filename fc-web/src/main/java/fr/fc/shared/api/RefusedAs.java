package fr.fc.shared.api;

import fr.fc.audit.AuditEvent;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The audit event a step leaves when fc refuses its request, on the endpoint (class or method)
 * that serves it; a request of an endpoint without one leaves {@link AuditEvent#REQUEST_REFUSED}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RefusedAs {
  AuditEvent value();
}
