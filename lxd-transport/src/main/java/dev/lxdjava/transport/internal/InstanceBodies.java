package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lxdjava.core.instance.InstancePatch;
import dev.lxdjava.core.instance.InstanceUpdate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the JSON bodies of instance updates. */
final class InstanceBodies {
  private InstanceBodies() {}

  /**
   * Builds the body of a PUT: the update's state with the {@code volatile.*} keys of {@code
   * currentConfig} (the daemon's current ones) in place of any others.
   */
  static ObjectNode put(
      ObjectMapper json, InstanceUpdate update, Map<String, String> currentConfig) {
    Map<String, String> config = new LinkedHashMap<>();
    update
        .config()
        .forEach(
            (key, value) -> {
              if (!key.startsWith(InstanceUpdate.VOLATILE_PREFIX)) {
                config.put(key, value);
              }
            });
    currentConfig.forEach(
        (key, value) -> {
          if (key.startsWith(InstanceUpdate.VOLATILE_PREFIX)) {
            config.put(key, value);
          }
        });
    ObjectNode body = JsonFields.newObject();
    body.set("config", json.valueToTree(config));
    body.set("devices", json.valueToTree(update.devices()));
    body.set("profiles", json.valueToTree(update.profiles()));
    body.put("ephemeral", update.ephemeral());
    body.put("description", update.description());
    return body;
  }

  /** Builds the body of a PATCH, with only the parts the patch sets. */
  static ObjectNode patch(ObjectMapper json, InstancePatch patch) {
    ObjectNode body = JsonFields.newObject();
    if (!patch.config().isEmpty()) {
      body.set("config", json.valueToTree(patch.config()));
    }
    if (!patch.devices().isEmpty()) {
      body.set("devices", json.valueToTree(patch.devices()));
    }
    if (patch.profiles() != null) {
      body.set("profiles", json.valueToTree(patch.profiles()));
    }
    if (patch.ephemeral() != null) {
      body.put("ephemeral", patch.ephemeral());
    }
    if (patch.description() != null) {
      body.put("description", patch.description());
    }
    return body;
  }
}
