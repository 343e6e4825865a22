package fr.fc.registry.model;

/** What the three kinds of partner rows share: an operator switches each on and off. */
public interface RegisteredPartner {

  boolean isActive();

  void activate(boolean active);
}
