package fr.fc.shared.config;

import java.util.List;

/** fc cannot start with these settings; the message lists every problem found. */
public class InvalidSettingsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidSettingsException(List<String> problems) {
    super("fc's configuration is invalid:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
