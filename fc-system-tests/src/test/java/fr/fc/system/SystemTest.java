package fr.fc.system;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a system test the running {@link FcPlatform}, started by the first test that asks for it
 * and stopped when all the tests of the JVM have run.
 */
public class SystemTest implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FcPlatform.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(SystemTest.class))
        .getOrComputeIfAbsent(FcPlatform.class, key -> startPlatform(), FcPlatform.class);
  }

  private static FcPlatform startPlatform() {
    try {
      return FcPlatform.start();
    } catch (Exception e) {
      throw new IllegalStateException("fc could not be started for the system tests", e);
    }
  }
}
