package fr.fc.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Calls the views' methods ({@code #{tile.title()}}, {@code #{text.format('key', name)}}) through
 * a cache of each class's methods. EL's own resolver looks through, and copies, every public
 * method of the class at each call: on the choice page, a few dozen calls a request, 7 % of its
 * CPU (BENCHMARKS.md). A call this resolver cannot make plainly (no such method, several of that
 * name and number of arguments, an argument of another type) is left to EL's resolvers.
 */
public final class ViewMethods extends ELResolver {

  private static final ConcurrentMap<Signature, Optional<Method>> METHODS = new ConcurrentHashMap<>();
  private static final Object[] NO_ARGUMENTS = {};

  private record Signature(Class<?> type, String name, int arity) {}

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] arguments) {
    if (base == null || method == null) {
      return null;
    }
    Object[] given = arguments == null ? NO_ARGUMENTS : arguments;
    Optional<Method> found =
        METHODS.computeIfAbsent(new Signature(base.getClass(), method.toString(), given.length), ViewMethods::find);
    if (found.isEmpty() || !accepts(found.get(), given)) {
      return null;
    }
    try {
      Object result = found.get().invoke(base, given);
      context.setPropertyResolved(base, method);
      return result;
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    }
  }

  /** The one public instance method of that name and arity, callable from here. */
  private static Optional<Method> find(Signature signature) {
    List<Method> candidates =
        Arrays.stream(signature.type().getMethods())
            .filter(m -> m.getName().equals(signature.name()) && m.getParameterCount() == signature.arity())
            .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isVarArgs())
            .toList();
    if (candidates.size() != 1) {
      return Optional.empty();
    }
    Method method = candidates.get(0);
    return Modifier.isPublic(method.getDeclaringClass().getModifiers()) || method.trySetAccessible()
        ? Optional.of(method)
        : Optional.empty();
  }

  // Arguments are passed as they are: any conversion is EL's to make, a null to a String ("") included.
  private static boolean accepts(Method method, Object[] arguments) {
    Class<?>[] parameters = method.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      boolean fits =
          arguments[i] == null
              ? !parameters[i].isPrimitive() && parameters[i] != String.class
              : parameters[i].isInstance(arguments[i]);
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // Properties are EL's own resolvers' to set.
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
