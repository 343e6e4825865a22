package fr.fc.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The views' method calls: made when plain, left to EL otherwise. */
class ViewMethodsTest {

  private final ViewMethods methods = new ViewMethods();
  private final ELContext context = new ELContext() {
    @Override
    public ELResolver getELResolver() {
      return methods;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  };

  /** As the views' models are: records, package-private, with methods of one or two arguments. */
  record Tile(String title, boolean available) {
    String label(String prefix) {
      return prefix + title;
    }

    public String named(String format, Object argument) {
      return format.formatted(argument);
    }

    public String joined(String... parts) {
      return String.join(",", parts);
    }

    public String overloaded(String a) {
      return a;
    }

    public String overloaded(Integer a) {
      return String.valueOf(a);
    }

    public String failing() {
      throw new IllegalStateException("the model's own failure");
    }
  }

  @Test
  void callsARecordsAccessorsAndPublicMethods() {
    Tile tile = new Tile("Impots", true);

    assertEquals("Impots", methods.invoke(context, tile, "title", null, new Object[0]));
    assertTrue(context.isPropertyResolved());
    assertEquals(true, methods.invoke(context, tile, "available", null, null));
    assertEquals("Logo Impots", methods.invoke(context, tile, "named", null, new Object[] {"Logo %s", "Impots"}));
    assertEquals("Logo null", methods.invoke(context, tile, "named", null, new Object[] {"Logo %s", null}));
    assertTrue(context.isPropertyResolved());
  }

  @Test
  void leavesToElWhatItCannotCallPlainly() {
    Tile tile = new Tile("Impots", true);

    assertUnresolved(tile, "label", new Object[] {"x"}); // not public
    assertUnresolved(tile, "overloaded", new Object[] {"x"}); // two of that name and arity
    assertUnresolved(tile, "title", new Object[] {"x"}); // another arity
    assertUnresolved(tile, "named", new Object[] {12, "x"}); // an argument EL would convert
    assertUnresolved(tile, "named", new Object[] {null, "x"}); // a null String, which EL makes ""
    assertUnresolved(tile, "joined", new Object[] {new String[] {"a"}}); // varargs
    assertUnresolved(tile, "absent", new Object[0]);
    assertUnresolved(null, "title", new Object[0]);
    assertUnresolved(List.of("a"), "size", new Object[0]); // a JDK class it cannot open
  }

  @Test
  void aFailureOfTheMethodIsEls() {
    ELException thrown =
        assertThrows(ELException.class, () -> methods.invoke(context, new Tile("x", true), "failing", null, new Object[0]));
    assertEquals("the model's own failure", thrown.getCause().getMessage());
  }

  @Test
  void answersNoPropertyItself() {
    assertNull(methods.getValue(context, new Tile("x", true), "title"));
    assertFalse(context.isPropertyResolved());
  }

  private void assertUnresolved(Object base, String method, Object[] arguments) {
    context.setPropertyResolved(false);
    assertNull(methods.invoke(context, base, method, null, arguments));
    assertFalse(context.isPropertyResolved(), method);
  }
}
