package fr.fc.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response.StatusType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON error of a request JAX-RS refuses itself, with or without a body of its own. */
class UnmatchedRequestMapperTest {

  @Test
  void aRefusedRequestIsAnInvalidRequestInTheStatussWords() {
    assertEquals(
        Map.of("error", "invalid_request", "error_description", "not acceptable"),
        UnmatchedRequestMapper.body(Status.NOT_ACCEPTABLE));
    assertEquals("bad request", UnmatchedRequestMapper.body(Status.BAD_REQUEST).get("error_description"));
  }

  @Test
  void anUnknownPathAndAServerFailureHaveTheirOwnError() {
    assertEquals("not_found", UnmatchedRequestMapper.body(Status.NOT_FOUND).get("error"));
    assertEquals("server_error", UnmatchedRequestMapper.body(Status.SERVICE_UNAVAILABLE).get("error"));
  }

  @Test
  void aStatusWithoutReasonPhraseHasAnEmptyDescription() {
    StatusType unnamed =
        new StatusType() {
          @Override
          public int getStatusCode() {
            return 499;
          }

          @Override
          public Status.Family getFamily() {
            return Status.Family.CLIENT_ERROR;
          }

          @Override
          public String getReasonPhrase() {
            return null;
          }
        };

    assertEquals(Map.of("error", "invalid_request", "error_description", ""), UnmatchedRequestMapper.body(unnamed));
  }
}
