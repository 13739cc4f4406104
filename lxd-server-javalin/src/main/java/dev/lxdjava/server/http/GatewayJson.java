package dev.lxdjava.server.http;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lxdjava.core.image.Image;
import dev.lxdjava.core.server.ServerInfo;
import java.io.IOException;

/**
 * The gateway's JSON settings. SDK records name their components after LXD's JSON fields in camel
 * case, so snake-case naming turns them back into LXD's field names: the gateway serves LXD's
 * object shapes. Request bodies are strict: unknown fields and wrong types are 400 errors. No
 * scalar is coerced to another type (a number or boolean to a string, a string to a number or
 * boolean, a fraction to an integer), because a coerced value reaches LXD as something the client
 * did not send.
 */
public final class GatewayJson {
  private GatewayJson() {}

  /** Creates the mapper used for request bodies and responses. */
  public static ObjectMapper mapper() {
    SimpleModule lxdValues = new SimpleModule("lxd-values");
    lxdValues.addSerializer(Enum.class, new WireNameSerializer());
    lxdValues.setMixInAnnotation(ServerInfo.class, ServerInfoNames.class);
    lxdValues.setMixInAnnotation(Image.class, ServerInfoNames.class);
    ObjectMapper mapper =
        new ObjectMapper()
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
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    return mapper;
  }

  /**
   * LXD names the field {@code public}, a Java keyword, so the record calls it {@code isPublic}.
   */
  private abstract static class ServerInfoNames {
    @JsonProperty("public")
    boolean isPublic;
  }

  /**
   * Writes an enum by its {@code wireName()} when it has one (the SDK's enums carry LXD's spelling
   * there, such as {@code virtual-machine}), otherwise by its constant name.
   */
  @SuppressWarnings("rawtypes")
  private static final class WireNameSerializer extends JsonSerializer<Enum> {
    @Override
    public void serialize(Enum value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      try {
        out.writeString(String.valueOf(value.getClass().getMethod("wireName").invoke(value)));
      } catch (NoSuchMethodException e) {
        out.writeString(value.name());
      } catch (ReflectiveOperationException e) {
        throw new IOException("cannot read the wire name of " + value, e);
      }
    }
  }
}
