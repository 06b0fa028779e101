package org.dlkit.grader;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the lines a sandboxed test run sends back, with HMAC-SHA256 over a sequence
 * number and the line. The key is made fresh for each run and reaches the sandbox on its standard
 * input before any student class loads, so student code can print lines but cannot sign them, and
 * cannot replay a signed line out of order.
 */
final class Signer {
  private final Mac mac;
  private long sequence;

  private Signer(byte[] key) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
    }
  }

  /** Returns a new random key, as hex. */
  static String newKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return HexFormat.of().formatHex(key);
  }

  /** Returns a signer for the hex {@code key}. */
  static Signer of(String key) {
    return new Signer(HexFormat.of().parseHex(key.strip()));
  }

  /** Returns {@code line} (which must not contain a newline) with the signature of the next sequence number appended. */
  String sign(String line) {
    return line + "\t" + signature(sequence++, line);
  }

  /**
   * Returns the line without its signature if it carries the signature of the next sequence
   * number, or null (a forged, replayed or garbled line) without advancing.
   */
  String verify(String signed) {
    int tab = signed.lastIndexOf('\t');
    if (tab < 0) {
      return null;
    }
    String line = signed.substring(0, tab);
    byte[] expected = signature(sequence, line).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, signed.substring(tab + 1).getBytes(StandardCharsets.US_ASCII))) {
      return null;
    }
    sequence++;
    return line;
  }

  private String signature(long number, String line) {
    mac.update(Long.toString(number).getBytes(StandardCharsets.US_ASCII));
    mac.update((byte) '\n');
    return HexFormat.of().formatHex(mac.doFinal(line.getBytes(StandardCharsets.UTF_8)));
  }
}
