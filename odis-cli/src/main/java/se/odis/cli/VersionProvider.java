package se.odis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version for {@code --version}: from the filtered {@code version.properties}, else the jar manifest. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"odis " + version()};
  }

  static String version() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      // fall through to the manifest
    }
    String v = p.getProperty("version");
    if (v == null || v.isBlank() || v.startsWith("${")) {
      v = VersionProvider.class.getPackage().getImplementationVersion();
    }
    return v == null ? "(unknown version)" : v;
  }
}
