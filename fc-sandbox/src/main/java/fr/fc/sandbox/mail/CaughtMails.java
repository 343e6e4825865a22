package fr.fc.sandbox.mail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The copies the catcher keeps, newest first: at most {@code capacity}, the oldest dropped first.
 * Safe for GreenMail's SMTP threads and the page's requests at once.
 */
final class CaughtMails {

  /** How many copies the sandbox keeps. */
  static final int CAPACITY = 500;

  private final int capacity;
  private final Deque<CaughtMail> newestFirst = new ArrayDeque<>();

  CaughtMails(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity " + capacity + " < 1");
    }
    this.capacity = capacity;
  }

  synchronized void add(CaughtMail mail) {
    newestFirst.addFirst(mail);
    while (newestFirst.size() > capacity) {
      newestFirst.removeLast();
    }
  }

  /** The copies the filter keeps, newest first. */
  synchronized List<CaughtMail> newestFirst(RecipientFilter filter) {
    return newestFirst.stream().filter(filter::matches).toList();
  }
}
