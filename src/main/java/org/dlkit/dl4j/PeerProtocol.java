package org.dlkit.dl4j;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;

/**
 * The JSON-lines protocol the benchmark peers speak, seen from the peer: reading a request's
 * fields with errors that name the field and what it accepts, and building the answer lines
 * ({@code ok}, {@code error}, the not-ready line).
 */
final class PeerProtocol {
  private PeerProtocol() {}

  static JsonObject unavailable(String reason) {
    JsonObject line = new JsonObject();
    line.addProperty("ready", false);
    line.addProperty("unavailable", reason);
    return line;
  }

  static JsonObject object(JsonElement request) {
    if (!request.isJsonObject()) {
      throw new BadRequest("a request must be a JSON object, got " + abbreviate(request.toString()));
    }
    return request.getAsJsonObject();
  }

  /** Returns the string at {@code key} when it is one of {@code accepted}; the error names both. */
  static String choice(JsonObject request, String key, List<String> accepted) {
    JsonElement value = request.get(key);
    if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
        && accepted.contains(value.getAsString())) {
      return value.getAsString();
    }
    throw new BadRequest("unknown " + key + " " + (value == null ? "(missing)" : value.toString())
        + "; expected one of " + String.join(", ", accepted));
  }

  /** Returns the positive integer at {@code key}, or {@code fallback} when absent (required when null). */
  static int positiveInt(JsonObject request, String key, Integer fallback) {
    JsonElement value = request.get(key);
    if (value == null && fallback != null) {
      return fallback;
    }
    if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
      double number = value.getAsDouble();
      if (number >= 1 && number <= Integer.MAX_VALUE && number == Math.rint(number)) {
        return (int) number;
      }
    }
    throw new BadRequest(key + " must be a positive integer, got " + (value == null ? "nothing" : value.toString()));
  }

  static JsonObject ok() {
    JsonObject answer = new JsonObject();
    answer.addProperty("ok", true);
    return answer;
  }

  static JsonObject error(String message) {
    JsonObject answer = new JsonObject();
    answer.add("error", new JsonPrimitive(message));
    return answer;
  }

  static String describe(Throwable failure) {
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  static String abbreviate(String text) {
    String line = text.strip();
    return line.length() <= 200 ? line : line.substring(0, 200) + "...";
  }

  /** A request the peer cannot serve; its message is the whole answer. */
  static final class BadRequest extends RuntimeException {
    static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }
}
