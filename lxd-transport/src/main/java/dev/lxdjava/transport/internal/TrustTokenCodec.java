package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.LxdProtocolException;
import dev.lxdjava.core.LxdValidationException;
import dev.lxdjava.core.certificate.TrustToken;
import dev.lxdjava.core.operation.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Encodes and decodes LXD's certificate add tokens: standard base64 of a JSON object with {@code
 * client_name}, {@code fingerprint}, {@code addresses}, {@code secret} and {@code expires_at}, the
 * form {@code lxc config trust add} prints and {@code POST /1.0/certificates} accepts as {@code
 * password}. A token that does not expire carries Go's zero time, {@code 0001-01-01T00:00:00Z}.
 */
public final class TrustTokenCodec {
  private static final String NO_EXPIRY = "0001-01-01T00:00:00Z";

  private TrustTokenCodec() {}

  /**
   * Decodes an encoded token. Messages never contain the token, because it grants access.
   *
   * @throws LxdValidationException if the value is not a complete token
   */
  public static TrustToken decode(String value) {
    String text = value == null ? "" : value.strip();
    JsonNode json;
    try {
      json = JsonFields.MAPPER.readTree(Base64.getDecoder().decode(text));
    } catch (IllegalArgumentException | IOException e) {
      throw invalid("is not base64-encoded JSON");
    }
    if (json == null || !json.isObject()) {
      throw invalid("is not base64-encoded JSON");
    }
    JsonFields fields;
    List<String> addresses;
    try {
      fields = JsonFields.of(json, "trust token");
      addresses = fields.textList("addresses");
    } catch (LxdProtocolException e) {
      throw invalid("has a field of the wrong type");
    }
    for (String field : List.of("client_name", "fingerprint", "secret")) {
      if (fields.text(field).isEmpty()) {
        throw invalid("has no " + field);
      }
    }
    if (addresses.isEmpty()) {
      throw invalid("has no server addresses");
    }
    return new TrustToken(
        text,
        fields.text("client_name"),
        fields.text("fingerprint"),
        addresses,
        fields.text("secret"),
        expiry(fields.text("expires_at")),
        "");
  }

  /** Builds the token from the token operation that {@code POST /1.0/certificates} started. */
  static TrustToken fromOperation(Operation operation) {
    Map<String, Object> metadata = operation.metadata();
    Object request = metadata.get("request");
    String clientName =
        request instanceof Map<?, ?> map && map.get("name") instanceof String name ? name : "";
    String secret = metadata.get("secret") instanceof String s ? s : "";
    String fingerprint = metadata.get("fingerprint") instanceof String f ? f : "";
    List<String> addresses = new ArrayList<>();
    if (metadata.get("addresses") instanceof List<?> list) {
      list.forEach(address -> addresses.add(String.valueOf(address)));
    }
    if (secret.isEmpty() || fingerprint.isEmpty() || addresses.isEmpty()) {
      throw new LxdProtocolException(
          "token operation " + operation.id() + " lacks secret, fingerprint or addresses");
    }
    Instant expiresAt =
        metadata.get("expiresAt") instanceof String text && !text.isEmpty() ? expiry(text) : null;
    ObjectNode json = JsonFields.newObject();
    json.put("client_name", clientName);
    json.put("fingerprint", fingerprint);
    json.set("addresses", JsonFields.MAPPER.valueToTree(addresses));
    json.put("secret", secret);
    json.put("expires_at", expiresAt == null ? NO_EXPIRY : expiresAt.toString());
    String value =
        Base64.getEncoder().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    return new TrustToken(
        value, clientName, fingerprint, addresses, secret, expiresAt, operation.id());
  }

  private static Instant expiry(String text) {
    if (text.isEmpty() || text.startsWith("0001-01-01")) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid("has an expiry that is not an RFC 3339 time");
    }
  }

  private static LxdValidationException invalid(String rule) {
    return new LxdValidationException("trust token", "(not shown)", rule);
  }
}
