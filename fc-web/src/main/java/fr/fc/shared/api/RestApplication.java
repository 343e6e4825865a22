package fr.fc.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every JAX-RS endpoint of fc lives under /api: /api/v2 is the contract's, /api/v1 its legacy. */
@ApplicationPath("/api")
public class RestApplication extends Application {}
