package se.odis.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process on this machine has used, from Linux's {@code /proc}: for {@link ServeLoad}
 * to report the service's CPU per request, which other processes sharing the cores sway less than
 * they sway the throughput.
 */
final class ServerCpu {
  private ServerCpu() {}

  /** Clock ticks per second of {@code /proc}'s times: 100 on every Linux this runs on (USER_HZ). */
  private static final long TICK_NANOS = 10_000_000L;

  /**
   * @param pid the process, or a negative number for none
   * @return the process's user and system CPU time, and that of its JIT compiler threads, in
   *     nanoseconds; null if there is no such process or no {@code /proc}
   */
  static long[] read(long pid) {
    if (pid < 0) return null;
    Path proc = Path.of("/proc", Long.toString(pid));
    try {
      long all = ticks(Files.readString(proc.resolve("stat")));
      long jit = 0;
      try (DirectoryStream<Path> tasks = Files.newDirectoryStream(proc.resolve("task"))) {
        for (Path t : tasks) {
          String stat;
          try {
            stat = Files.readString(t.resolve("stat"));
          } catch (IOException e) {
            continue; // the thread ended meanwhile
          }
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) jit += ticks(stat);
        }
      }
      return new long[] {all * TICK_NANOS, jit * TICK_NANOS};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** @return utime + stime of a {@code stat} line; the name in parentheses may hold spaces */
  private static long ticks(String stat) {
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    // After the name: state is field 3 of the line, utime 14 and stime 15.
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }
}
