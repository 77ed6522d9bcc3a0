package se.odis.cli;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that finds its next item only when asked, as the input readers do: a subclass says
 * how to find one item, this class keeps it until it is taken. Once {@link #advance()} has found
 * nothing, the iteration is over.
 *
 * @param <T> the items
 */
abstract class Lookahead<T> implements Iterator<T> {
  private T next;
  private boolean over;

  /** @return the next item, or null when there are no more */
  abstract T advance();

  @Override
  public final boolean hasNext() {
    if (next == null && !over) {
      next = advance();
      over = next == null;
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) throw new NoSuchElementException();
    T t = next;
    next = null;
    return t;
  }
}
