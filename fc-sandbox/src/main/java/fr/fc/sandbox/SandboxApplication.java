package fr.fc.sandbox;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The sandbox's HTTP endpoints, at the root of its own server. */
@ApplicationPath("/")
public class SandboxApplication extends Application {}
