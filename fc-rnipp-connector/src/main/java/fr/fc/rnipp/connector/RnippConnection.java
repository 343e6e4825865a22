package fr.fc.rnipp.connector;

/** An application's handle on a pooled connection to the RNIPP; close it to give it back. */
public interface RnippConnection extends AutoCloseable {

  /** The register gateway this connection speaks to. */
  String registerUrl();

  @Override
  void close();
}
