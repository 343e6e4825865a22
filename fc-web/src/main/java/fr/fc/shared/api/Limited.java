package fr.fc.shared.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rate per address of the endpoint (class or method) it is on, checked before the endpoint
 * runs by the {@link AddressLimitFilter} that {@link LimitedEndpoints} binds to it; rates per
 * client are checked by the endpoint once it has read which client the request names
 * ({@link RequestLimits#admitClient}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Inherited
public @interface Limited {
  RequestLimit value();
}
