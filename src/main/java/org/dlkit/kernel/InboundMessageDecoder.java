package org.dlkit.kernel;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.KernelTimestamp;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.adapters.HistoryRequestAdapter;
import io.github.spencerpark.jupyter.messages.request.HistoryRequest;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns the frames of one message read from a Jupyter socket into a {@link Message}, or rejects
 * it with a {@link MalformedMessageException} naming what was wrong: a payload over the size
 * limit, no {@code <IDS|MSG>} delimiter or too few frames, a bad or missing signature, a header,
 * parent header, metadata or content that is not a JSON object, or a {@code msg_type} the
 * channel does not serve.
 *
 * <p>The checks run in that order, so nothing unsigned is parsed. Immutable and thread-safe
 * (the HMAC generator synchronizes itself).
 */
final class InboundMessageDecoder {
  private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
  private static final Type JSON_OBJECT_AS_MAP = new TypeToken<Map<String, Object>>() {}.getType();
  private static final Gson GSON = new GsonBuilder()
      .registerTypeAdapter(HistoryRequest.class, HistoryRequestAdapter.INSTANCE)
      .create();
  private static final TypeAdapter<JsonElement> JSON = GSON.getAdapter(JsonElement.class);

  private final HMACGenerator signer;
  private final long maxBytes;
  private final Predicate<MessageType<?>> served;

  private InboundMessageDecoder(HMACGenerator signer, long maxBytes, Predicate<MessageType<?>> served) {
    this.signer = signer;
    this.maxBytes = maxBytes;
    this.served = served;
  }

  /**
   * Returns a decoder checking signatures with {@code signer}, rejecting messages over
   * {@code maxBytes} in all and those whose type {@code served} does not accept.
   */
  static InboundMessageDecoder of(HMACGenerator signer, long maxBytes, Predicate<MessageType<?>> served) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the message size limit must be positive, got " + maxBytes);
    }
    return new InboundMessageDecoder(signer, maxBytes, served);
  }

  /** Returns the size limit, in bytes, of one message (all its frames). */
  long maxBytes() {
    return maxBytes;
  }

  /** Decodes the frames of one multipart message, identities first. */
  Message<?> decode(List<byte[]> frames) throws MalformedMessageException {
    long total = 0;
    for (byte[] frame : frames) {
      total += frame.length;
    }
    if (total > maxBytes) {
      throw new MalformedMessageException("it has " + total + " bytes, over the limit of " + maxBytes
          + " (raise it with " + KernelLimits.MAX_MESSAGE_ENV + ", in MB)");
    }
    int delimiter = delimiterIndex(frames);
    if (delimiter < 0) {
      throw new MalformedMessageException("no <IDS|MSG> delimiter frame among its " + frames.size() + " frames");
    }
    int parts = frames.size() - delimiter - 1;
    if (parts < 5) {
      throw new MalformedMessageException(parts + " frames after <IDS|MSG>, where a signature, header, "
          + "parent header, metadata and content (5) are needed");
    }
    byte[] signature = frames.get(delimiter + 1);
    byte[] headerRaw = frames.get(delimiter + 2);
    byte[] parentRaw = frames.get(delimiter + 3);
    byte[] metadataRaw = frames.get(delimiter + 4);
    byte[] contentRaw = frames.get(delimiter + 5);
    String expected = signer.calculateSignature(headerRaw, parentRaw, metadataRaw, contentRaw);
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature)) {
      throw new MalformedMessageException(signature.length == 0 ? "it is not signed" : "its signature is wrong");
    }
    JsonObject headerJson = jsonObject("header", headerRaw);
    Header<?> header = header("header", headerJson);
    if (header.getType() == MessageType.UNKNOWN || !served.test(header.getType())) {
      throw new MalformedMessageException("unknown or unexpected msg_type '" + headerJson.get("msg_type").getAsString() + "'");
    }
    JsonObject parentJson = jsonObject("parent header", parentRaw);
    Header<?> parent = parentJson.size() == 0 ? null : header("parent header", parentJson);
    Map<String, Object> metadata = GSON.fromJson(jsonObject("metadata", metadataRaw), JSON_OBJECT_AS_MAP);
    Object content = content(header.getType(), jsonObject("content", contentRaw));
    List<byte[]> identities = new ArrayList<>(frames.subList(0, delimiter));
    List<byte[]> buffers = new ArrayList<>(frames.subList(delimiter + 6, frames.size()));
    @SuppressWarnings({"unchecked", "rawtypes"})
    Message<?> message = new Message(identities, header, parent, metadata, content, buffers);
    return message;
  }

  private static int delimiterIndex(List<byte[]> frames) {
    for (int i = 0; i < frames.size(); i++) {
      if (Arrays.equals(DELIMITER, frames.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Parses strict JSON (UTF-8, one value, no trailing text) that must be an object. */
  private static JsonObject jsonObject(String part, byte[] raw) throws MalformedMessageException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
    } catch (CharacterCodingException e) {
      throw new MalformedMessageException("its " + part + " is not UTF-8");
    }
    try (JsonReader reader = new JsonReader(new StringReader(text))) {
      reader.setLenient(false);
      JsonElement element = JSON.read(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new MalformedMessageException("its " + part + " has text after the JSON value");
      }
      if (!element.isJsonObject()) {
        throw new MalformedMessageException("its " + part + " is JSON but not an object");
      }
      return element.getAsJsonObject();
    } catch (IOException | JsonParseException | IllegalStateException | StackOverflowError e) {
      throw new MalformedMessageException("its " + part + " is not valid JSON");
    }
  }

  private static Header<?> header(String part, JsonObject json) throws MalformedMessageException {
    String id = string(json, "msg_id", part, true);
    String type = string(json, "msg_type", part, true);
    String date = string(json, "date", part, false);
    return new Header<>(id, string(json, "username", part, false), string(json, "session", part, false),
        date.isEmpty() ? KernelTimestamp.now() : new KernelTimestamp(date), MessageType.getType(type),
        string(json, "version", part, false));
  }

  private static String string(JsonObject json, String field, String part, boolean required)
      throws MalformedMessageException {
    JsonElement value = json.get(field);
    if (value == null || value.isJsonNull()) {
      if (required) {
        throw new MalformedMessageException("its " + part + " has no " + field);
      }
      return "";
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw new MalformedMessageException("its " + part + "'s " + field + " is not a string");
    }
    return value.getAsString();
  }

  private static Object content(MessageType<?> type, JsonObject json) throws MalformedMessageException {
    try {
      Object content = GSON.fromJson(json, type.getContentType());
      if (content == null) {
        throw new MalformedMessageException("its content is empty");
      }
      return content;
    } catch (RuntimeException | StackOverflowError e) {
      throw new MalformedMessageException("its content does not fit a " + type.getName() + ": " + e.getMessage());
    }
  }
}
