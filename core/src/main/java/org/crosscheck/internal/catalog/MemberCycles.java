package org.crosscheck.internal.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds a cycle in {@code memberOf} links (A → B → A), whatever the links' dates: a chain that can come back to
 * where it started is a mistake in the data, and following it would never end. Depth-first, iterative (no
 * recursion however long a chain), linear in actors and links. Stateless.
 */
public final class MemberCycles {

  private MemberCycles() {}

  private static final int ON_PATH = 1;
  private static final int DONE = 2;

  /**
   * The first cycle reachable from {@code starts}, in their order, as the ids along it with the first repeated at
   * the end ({@code [a, b, a]}), or empty.
   *
   * @param links the ids an actor is a member of (ids that are not actors may be included; they end a chain)
   */
  public static Optional<List<String>> find(Iterable<String> starts, Function<String, List<String>> links) {
    Map<String, Integer> state = new HashMap<>();
    for (String start : starts) {
      if (state.containsKey(start)) {
        continue;
      }
      Deque<String> path = new ArrayDeque<>();
      Deque<Iterator<String>> next = new ArrayDeque<>();
      state.put(start, ON_PATH);
      path.push(start);
      next.push(links.apply(start).iterator());
      while (!path.isEmpty()) {
        Iterator<String> it = next.peek();
        if (!it.hasNext()) {
          state.put(path.pop(), DONE);
          next.pop();
          continue;
        }
        String to = it.next();
        Integer s = state.get(to);
        if (s == null) {
          state.put(to, ON_PATH);
          path.push(to);
          next.push(links.apply(to).iterator());
        } else if (s == ON_PATH) {
          List<String> cycle = new ArrayList<>();
          Iterator<String> back = path.descendingIterator();
          boolean in = false;
          while (back.hasNext()) {
            String id = back.next();
            in |= id.equals(to);
            if (in) {
              cycle.add(id);
            }
          }
          cycle.add(to);
          return Optional.of(List.copyOf(cycle));
        }
      }
    }
    return Optional.empty();
  }
}
