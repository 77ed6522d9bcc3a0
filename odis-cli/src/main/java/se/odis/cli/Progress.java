package se.odis.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error for long runs: shown only when standard error is a terminal,
 * not with {@code --quiet}, and only once a run has taken more than {@link #DELAY_NANOS}, so that
 * short runs print nothing. Redrawn in place at most every {@link #EVERY_NANOS}; {@link #clear()}
 * removes it before anything else is written to standard error, and when the run ends.
 */
final class Progress {
  static final long DELAY_NANOS = 1_000_000_000L;
  static final long EVERY_NANOS = 100_000_000L;
  private static final int BAR = 24;

  private final PrintWriter err;
  private final Labels labels;
  private final boolean enabled;
  private final LongSupplier bytesDone;
  private final long bytesTotal;
  private final long delayNanos;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean shown;
  private long count;

  /**
   * @param err standard error
   * @param labels the language of the line
   * @param enabled false to never show anything
   * @param bytesDone how much of the input has been read
   * @param bytesTotal how much there is to read, or a negative number if not known
   */
  Progress(PrintWriter err, Labels labels, boolean enabled, LongSupplier bytesDone, long bytesTotal) {
    this(err, labels, enabled, bytesDone, bytesTotal, DELAY_NANOS);
  }

  /** As above, shown after {@code delayNanos} instead of {@link #DELAY_NANOS} (for tests). */
  Progress(PrintWriter err, Labels labels, boolean enabled, LongSupplier bytesDone, long bytesTotal, long delayNanos) {
    this.delayNanos = delayNanos;
    this.err = err;
    this.labels = labels;
    this.enabled = enabled;
    this.bytesDone = bytesDone;
    this.bytesTotal = bytesTotal;
  }

  /** @return a progress line that never shows */
  static Progress off() {
    return new Progress(null, null, false, () -> 0, -1);
  }

  /** Counts one dataset done and redraws the line if it is time. */
  void tick() {
    count++;
    if (!enabled) return;
    long now = System.nanoTime();
    if (now - start < delayNanos || (shown && now - lastDraw < EVERY_NANOS)) return;
    lastDraw = now;
    draw(now);
  }

  private void draw(long now) {
    double seconds = (now - start) / 1e9;
    long rate = Math.round(count / Math.max(seconds, 1e-9));
    StringBuilder sb = new StringBuilder("\rodis: ");
    if (bytesTotal > 0) {
      double done = Math.min(1.0, bytesDone.getAsLong() / (double) bytesTotal);
      int filled = (int) Math.round(done * BAR);
      sb.append('[').append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ")
          .append(String.format("%3d%%  ", Math.round(done * 100)));
    }
    sb.append(labels.format("progress", count, rate)).append("\u001b[K");
    err.print(sb);
    err.flush();
    shown = true;
  }

  /** Removes the line, if shown, so that standard error can be written to. */
  void clear() {
    if (!shown) return;
    err.print("\r\u001b[K");
    err.flush();
    shown = false;
  }
}
