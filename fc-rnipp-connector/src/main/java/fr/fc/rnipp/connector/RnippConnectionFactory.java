package fr.fc.rnipp.connector;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import java.io.Serializable;

/** What the application looks up: hands out connections to the RNIPP from the server's pool. */
public interface RnippConnectionFactory extends Serializable, Referenceable {

  RnippConnection getConnection() throws ResourceException;
}
