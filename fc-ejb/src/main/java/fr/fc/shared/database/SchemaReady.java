package fr.fc.shared.database;

/** The CDI event of a database whose schema is up to date: what needs it may now load. */
public record SchemaReady() {}
