package fr.fc.admin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may do what with fc's signing keys, as {@link OperatorTokenFilter} reads it: operators and
 * auditors see them, only operators rotate them (an auditor gets 403).
 */
class KeysResourceTest {

  @Test
  void onlyOperatorsRotateTheKeys() throws Exception {
    var rotate = KeysResource.class.getMethod("rotate");

    assertEquals(Set.of(AdminApplication.OPERATOR), Set.of(rotate.getAnnotation(OperatorRoles.class).value()));
    assertTrue(rotate.isAnnotationPresent(POST.class));
    assertEquals("rotate", rotate.getAnnotation(Path.class).value());
  }

  @Test
  void operatorsAndAuditorsSeeTheKeys() throws Exception {
    var list = KeysResource.class.getMethod("list");

    assertEquals(
        Set.of(AdminApplication.OPERATOR, AdminApplication.AUDITOR), Set.of(list.getAnnotation(OperatorRoles.class).value()));
    assertTrue(list.isAnnotationPresent(GET.class));
    assertEquals("keys", KeysResource.class.getAnnotation(Path.class).value());
  }
}
