package fr.fc.citizen;

import java.time.Instant;

/** A data provider answering a service's check of the citizen's token: data went from one to the other. */
public record DataTransfer(Instant at, String dataProviderName) {}
