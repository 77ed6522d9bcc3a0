package se.odis.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Short SHA-256 digests in hex, for names and fingerprints that must be the same on every run. */
final class Hash {
  private Hash() {}

  /**
   * @param text the text (UTF-8)
   * @param bytes how many bytes of the digest to keep
   * @return those bytes in lower-case hex, two digits each
   */
  static String hex(String text, int bytes) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(bytes * 2);
      for (int i = 0; i < bytes; i++) sb.append(Character.forDigit((h[i] >> 4) & 0xF, 16)).append(Character.forDigit(h[i] & 0xF, 16));
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
