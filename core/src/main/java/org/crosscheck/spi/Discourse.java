package org.crosscheck.spi;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.ActorRef;

/**
 * What an article has said so far, for the rules of later sentences: the last named person ("he said" before
 * anyone has spoken), the last stance holder ("it", "they"), and slots a language module keys for its own memory
 * (the last speaker for "وأضاف", the last unnamed source for "المصدر"). The driver updates the person after every
 * sentence and the holder after every accepted claim.
 *
 * <p>Not thread-safe: one instance per article being read.
 */
public final class Discourse {

  /** A typed slot of module memory. Create one per kind of memory, as a constant. */
  public static final class Key<T> {
    private final String name;

    private Key(String name) {
      this.name = name;
    }

    /** A new key; {@code name} is for debugging only, keys are compared by identity. */
    public static <T> Key<T> of(String name) {
      return new Key<>(requireNonNull(name, "name"));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private ActorRef lastPerson;
  private ActorRef lastHolder;
  private final Map<Key<?>, Object> slots = new HashMap<>();

  /** The last person named in the article so far. */
  public Optional<ActorRef> lastPerson() {
    return Optional.ofNullable(lastPerson);
  }

  /** The holder of the last claim accepted in the article so far (anonymous holders excluded). */
  public Optional<ActorRef> lastHolder() {
    return Optional.ofNullable(lastHolder);
  }

  /** The module memory under {@code key}. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> get(Key<T> key) {
    return Optional.ofNullable((T) slots.get(requireNonNull(key, "key")));
  }

  /** Sets the module memory under {@code key}. */
  public <T> void set(Key<T> key, T value) {
    slots.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
  }

  /** Notes a person named in the text (the driver does it for every catalogued person of every sentence). */
  public void notePerson(ActorRef person) {
    this.lastPerson = requireNonNull(person, "person");
  }

  /** Notes the holder of an accepted claim (the driver does it). */
  public void noteHolder(ActorRef holder) {
    this.lastHolder = requireNonNull(holder, "holder");
  }
}
