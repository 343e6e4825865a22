package fr.fc.sandbox.sp;

/** The token endpoint's answer (contract section 1.3): the two tokens the SP uses. */
record TokenResponse(String accessToken, String idToken) {

  /** Reads the JSON answer; fails with TOKEN unless it has both tokens and token_type Bearer. */
  static TokenResponse fromJson(String json) {
    JsonDocument answer = JsonDocument.parse("token response", json, SpFailure.TOKEN);
    if (!"Bearer".equalsIgnoreCase(answer.text("token_type"))) {
      throw answer.invalid("has a token_type other than Bearer");
    }
    return new TokenResponse(answer.text("access_token"), answer.text("id_token"));
  }
}
