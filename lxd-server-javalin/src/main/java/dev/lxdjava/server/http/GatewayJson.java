package dev.lxdjava.server.http;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lxdjava.core.instance.InstanceType;
import java.io.IOException;

/**
 * The gateway's JSON settings. SDK records name their components after LXD's JSON fields in camel
 * case, so snake-case naming turns them back into LXD's field names: the gateway serves LXD's
 * object shapes. Request bodies are strict: unknown fields and wrong types are 400 errors.
 */
public final class GatewayJson {
  private GatewayJson() {}

  /** Creates the mapper used for request bodies and responses. */
  public static ObjectMapper mapper() {
    SimpleModule lxdValues = new SimpleModule("lxd-values");
    lxdValues.addSerializer(InstanceType.class, new InstanceTypeSerializer());
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .registerModule(lxdValues)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private static final class InstanceTypeSerializer extends JsonSerializer<InstanceType> {
    @Override
    public void serialize(InstanceType value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      out.writeString(value.wireName());
    }
  }
}
