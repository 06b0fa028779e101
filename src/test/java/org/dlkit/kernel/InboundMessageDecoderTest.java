package org.dlkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Checks which messages the kernel's decoder accepts and why it rejects the others. */
class InboundMessageDecoderTest {
  private static final String HEADER = "{\"msg_id\": \"m1\", \"msg_type\": \"execute_request\", \"session\": \"s\","
      + " \"username\": \"u\", \"date\": \"2026-12-07T21:00:00Z\", \"version\": \"5.3\"}";
  private static final String CONTENT = "{\"code\": \"1 + 1\", \"silent\": false}";

  private final HMACGenerator signer = signer("the-key");
  private final InboundMessageDecoder decoder = InboundMessageDecoder.of(signer, 10_000,
      type -> type == MessageType.EXECUTE_REQUEST);

  private static HMACGenerator signer(String key) {
    try {
      return new HMACGenerator("hmac-sha256", key);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static List<byte[]> frames(HMACGenerator signer, String header, String parent, String metadata, String content) {
    byte[][] parts = {bytes(header), bytes(parent), bytes(metadata), bytes(content)};
    List<byte[]> frames = new ArrayList<>(List.of(bytes("client-id"), bytes("<IDS|MSG>"),
        bytes(signer.calculateSignature(parts))));
    frames.addAll(List.of(parts));
    return frames;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private String rejection(List<byte[]> frames) {
    return assertThrows(MalformedMessageException.class, () -> decoder.decode(frames)).getMessage();
  }

  @Test
  void aSignedWellFormedRequestDecodes() throws MalformedMessageException {
    Message<?> message = decoder.decode(frames(signer, HEADER, "{}", "{}", CONTENT));
    assertEquals(MessageType.EXECUTE_REQUEST, message.getHeader().getType());
    assertEquals("1 + 1", ((ExecuteRequest) message.getContent()).getCode());
    assertNull(message.getParentHeader());
    assertEquals(1, message.getIdentities().size());
  }

  @Test
  void aWrongOrMissingSignatureIsRejectedBeforeAnyParsing() {
    assertEquals("its signature is wrong", rejection(frames(signer("other"), HEADER, "{}", "{}", CONTENT)));
    List<byte[]> unsigned = frames(signer, "{not json", "{}", "{}", CONTENT);
    unsigned.set(2, new byte[0]);
    assertEquals("it is not signed", rejection(unsigned));
  }

  @Test
  void framesWithoutTheDelimiterOrTooFewPartsAreRejected() {
    assertTrue(rejection(List.of(bytes("junk"))).contains("no <IDS|MSG> delimiter"));
    assertTrue(rejection(List.of(bytes("<IDS|MSG>"), bytes("sig"), bytes("{}"))).contains("2 frames after <IDS|MSG>"));
  }

  @Test
  void eachPartMustBeAStrictJsonObject() {
    assertEquals("its header is not valid JSON", rejection(frames(signer, "{\"msg_id\": ", "{}", "{}", CONTENT)));
    assertEquals("its parent header is JSON but not an object", rejection(frames(signer, HEADER, "[1]", "{}", CONTENT)));
    assertEquals("its metadata is not valid JSON", rejection(frames(signer, HEADER, "{}", "{} {}", CONTENT)));
    assertEquals("its content is not valid JSON", rejection(frames(signer, HEADER, "{}", "{}", "{code: 1}")));
    assertEquals("its header has no msg_id", rejection(frames(signer, "{\"msg_type\": \"execute_request\"}", "{}", "{}", CONTENT)));
  }

  @Test
  void contentThatIsNotUtf8IsRejected() {
    byte[][] parts = {bytes(HEADER), bytes("{}"), bytes("{}"), new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'}};
    List<byte[]> frames = new ArrayList<>(List.of(bytes("<IDS|MSG>"), bytes(signer.calculateSignature(parts))));
    frames.addAll(List.of(parts));
    assertEquals("its content is not UTF-8", rejection(frames));
  }

  @Test
  void typesTheChannelDoesNotServeAreRejected() {
    String unknown = HEADER.replace("execute_request", "no_such_request");
    assertEquals("unknown or unexpected msg_type 'no_such_request'", rejection(frames(signer, unknown, "{}", "{}", CONTENT)));
    String known = HEADER.replace("execute_request", "kernel_info_request");
    assertTrue(rejection(frames(signer, known, "{}", "{}", "{}")).contains("kernel_info_request"));
  }

  @Test
  void contentOfTheWrongShapeIsRejected() {
    assertTrue(rejection(frames(signer, HEADER, "{}", "{}", "{\"code\": {\"a\": 1}}"))
        .startsWith("its content does not fit a execute_request"));
  }

  @Test
  void messagesOverTheLimitAreRejectedBeforeTheSignatureCheck() {
    String big = "{\"code\": \"" + "x".repeat(20_000) + "\"}";
    assertTrue(rejection(frames(signer("other"), HEADER, "{}", "{}", big)).contains("over the limit of 10000"));
  }

  @Test
  void theLimitIsReadFromTheEnvironmentAndBadValuesAreNamed() {
    assertEquals(64L << 20, KernelLimits.maxMessageBytes(Map.of()));
    assertEquals(2L << 20, KernelLimits.maxMessageBytes(Map.of(KernelLimits.MAX_MESSAGE_ENV, "2")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KernelLimits.maxMessageBytes(Map.of(KernelLimits.MAX_MESSAGE_ENV, "lots")));
    assertTrue(e.getMessage().startsWith(KernelLimits.MAX_MESSAGE_ENV + "=lots"), e.getMessage());
  }

  @Test
  void theDropLogWritesABurstThenCountsWhatItHeldBack() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AtomicLong now = new AtomicLong(0);
    DroppedMessageLog log = DroppedMessageLog.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2, 1000, now::get);
    for (int i = 0; i < 5; i++) {
      log.dropped("shell", "reason " + i);
    }
    now.set(1000);
    log.dropped("control", "later");
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(3, lines.length);
    assertEquals("dlkit kernel: dropped a message on the shell channel: reason 0", lines[0]);
    assertEquals("dlkit kernel: dropped a message on the control channel: later (3 more dropped since the last line)",
        lines[2]);
  }
}
