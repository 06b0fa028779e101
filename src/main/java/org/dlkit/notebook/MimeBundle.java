package org.dlkit.notebook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a notebook displays for one value, free of any kernel's classes: its forms by MIME type
 * (for example {@code text/html} and {@code text/plain}), in order, and an optional display id
 * under which a later update replaces it.
 *
 * @param data the forms, MIME type to content (base64 for images)
 * @param displayId the id of an updatable display, if any
 */
record MimeBundle(Map<String, String> data, Optional<String> displayId) {
  /** Copies the forms, keeping their order, and rejects an empty bundle. */
  MimeBundle {
    if (data.isEmpty()) {
      throw new IllegalArgumentException("MimeBundle: a display needs at least one form, e.g. text/plain");
    }
    data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }

  /** Returns a bundle of HTML with its plain-text form, for rich front ends and headless runs alike. */
  static MimeBundle htmlAndText(String html, String text) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("text/html", html);
    data.put("text/plain", text);
    return new MimeBundle(data, Optional.empty());
  }

  /** Returns this bundle shown under display {@code id}, so that it can be updated in place. */
  MimeBundle withDisplayId(String id) {
    return new MimeBundle(data, Optional.of(id));
  }
}
