package se.odis.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard output and standard error are terminals, for colours and the progress bar. On
 * Linux the answer comes from {@code /proc/self/fd}, for each stream on its own (standard error
 * can be a terminal while standard output goes to a file); elsewhere from {@link System#console()}
 * (which on Java 17 exists only when standard input and output are both terminals). Colours are also off
 * when the {@code NO_COLOR} environment variable is set (<a href="https://no-color.org">no-color.org</a>).
 */
final class Terminal {
  private Terminal() {}

  /** @return true if standard output is a terminal and colour is not turned off by {@code NO_COLOR} */
  static boolean colourOnStdout() {
    String noColor = System.getenv("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) return false;
    return isTerminal(1);
  }

  /** @return true if standard output is a terminal */
  static boolean stdoutIsTerminal() {
    return isTerminal(1);
  }

  /** @return true if standard error is a terminal */
  static boolean stderrIsTerminal() {
    return isTerminal(2);
  }

  private static boolean isTerminal(int fd) {
    Boolean fromProc = linuxTerminal(fd);
    if (fromProc != null) return fromProc;
    Console console = System.console();
    if (console == null) return false;
    try { // Java 22+: System.console() exists even when redirected; isTerminal() tells.
      Method m = Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** @return whether the descriptor is a terminal device, or null if /proc cannot tell */
  private static Boolean linuxTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (!Files.isSymbolicLink(link)) return null;
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (Exception e) {
      return null;
    }
  }
}
