package org.dlkit.grader;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.TreeMap;

/** Writes notebook JSON the way Jupyter saves it: keys sorted, one-space indent, a final newline. */
final class JupyterJson {
  private JupyterJson() {}

  static String format(JsonElement json) {
    StringWriter text = new StringWriter();
    try (JsonWriter writer = new JsonWriter(text)) {
      writer.setIndent(" ");
      writer.setHtmlSafe(false);
      write(writer, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private static void write(JsonWriter writer, JsonElement json) throws IOException {
    if (json.isJsonObject()) {
      writer.beginObject();
      TreeMap<String, JsonElement> sorted = new TreeMap<>();
      for (var entry : json.getAsJsonObject().entrySet()) {
        sorted.put(entry.getKey(), entry.getValue());
      }
      for (var entry : sorted.entrySet()) {
        writer.name(entry.getKey());
        write(writer, entry.getValue());
      }
      writer.endObject();
    } else if (json.isJsonArray()) {
      writer.beginArray();
      for (JsonElement element : (JsonArray) json) {
        write(writer, element);
      }
      writer.endArray();
    } else if (json.isJsonNull()) {
      writer.nullValue();
    } else {
      var primitive = json.getAsJsonPrimitive();
      if (primitive.isBoolean()) {
        writer.value(primitive.getAsBoolean());
      } else if (primitive.isNumber()) {
        writer.value(primitive.getAsNumber());
      } else {
        writer.value(primitive.getAsString());
      }
    }
  }
}
