package fr.fc.registry;

/** Fired in the transaction of a registry change: once it commits, this node reloads its registry. */
public record RegistryChanged() {}
