package dev.lxdjava.transport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Jackson settings used for LXD's JSON. */
final class JsonSupport {
  private JsonSupport() {}

  static ObjectMapper mapper() {
    return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
