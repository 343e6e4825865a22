package fr.fc.citizen;

/** Whether the citizen lets fc log them in through this identity provider. */
public record IdpPreference(String idpId, String title, boolean allowed) {}
