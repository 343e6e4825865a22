package fr.fc.oidc;

import java.util.Map;

/** Reads the parameters of a back-channel form, an empty value being no value. */
final class FormValues {

  private FormValues() {}

  static String get(Map<String, String> form, String name) {
    String value = form.get(name);
    return value == null || value.isEmpty() ? null : value;
  }
}
