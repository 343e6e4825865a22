package fr.fc.sandbox.rnipp;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import fr.fc.sandbox.rnipp.SimulatorBehaviour.Status;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The register's identification service, {@code GET /rnipp/Brpp2IdentificationComplet/individus}:
 * the simulator's behaviour first, then the failure triggers, then the query's check and the
 * search. A delayed answer waits on the server's scheduler, not on a request thread.
 */
@Path("/rnipp/Brpp2IdentificationComplet/individus")
@RequestScoped
public class RnippEndpoint {

  private static final Logger LOG = Logger.getLogger(RnippEndpoint.class.getName());

  @Inject RegisterSearch register;
  @Inject SimulatorControl control;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @GET
  public void identify(@Context UriInfo uri, @Suspended AsyncResponse async) {
    SimulatorBehaviour behaviour = control.current();
    MultivaluedMap<String, String> parameters = uri.getQueryParameters();
    Optional<FailureTrigger> trigger = FailureTrigger.in(parameters.getFirst("prenoms"));
    Response answer = answer(behaviour.status(), trigger, parameters);
    long delay = behaviour.delayMillis() + trigger.map(FailureTrigger::delayMillis).orElse(0L);
    if (delay == 0) {
      async.resume(answer);
    } else {
      scheduler.schedule(() -> async.resume(answer), delay, MILLISECONDS);
    }
  }

  private Response answer(
      Status status, Optional<FailureTrigger> trigger, MultivaluedMap<String, String> parameters) {
    if (status != Status.NORMAL) {
      return failure(status.httpStatus(), "RNIPP simulator " + status.wireName() + " on purpose");
    }
    return trigger
        .flatMap(RnippEndpoint::triggered)
        .orElseGet(() -> xml(IdentificationResponse.xml(search(parameters))));
  }

  /** The answer a failure trigger puts instead of the register's, if any. */
  private static Optional<Response> triggered(FailureTrigger trigger) {
    return switch (trigger) {
      case TIMEOUT -> Optional.empty();
      case SERVER_ERROR -> Optional.of(failure(500, "RNIPP simulator failure on purpose"));
      case OFF_SHAPE -> Optional.of(xml(IdentificationResponse.offShape()));
    };
  }

  private Identification search(MultivaluedMap<String, String> parameters) {
    try {
      return register.identify(IdentityQuery.parse(parameters::getFirst));
    } catch (IdentityQuery.Rejected rejected) {
      LOG.fine(() -> "query rejected: " + rejected.getMessage());
      return Identification.without(Identification.Type.REJECTED);
    }
  }

  private static Response xml(byte[] body) {
    return Response.ok(body, IdentificationResponse.MEDIA_TYPE).build();
  }

  private static Response failure(int status, String message) {
    return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE).entity(message).build();
  }
}
