package dev.lxdjava.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lxdjava.core.server.ServerResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Maps LXD's {@code GET /1.0/resources} reply to {@link ServerResources}. */
final class ResourcesReplies {
  private ResourcesReplies() {}

  static ServerResources resources(JsonNode node) {
    JsonFields resources = JsonFields.of(node, "resources");
    @SuppressWarnings("unchecked")
    Map<String, Object> raw = JsonFields.MAPPER.convertValue(node, Map.class);
    return new ServerResources(
        cpu(resources.object("cpu")),
        memory(resources.object("memory")),
        resources.object("storage").objectList("disks").stream()
            .map(ResourcesReplies::disk)
            .toList(),
        resources.object("gpu").objectList("cards").stream().map(ResourcesReplies::gpu).toList(),
        resources.object("network").objectList("cards").stream()
            .map(ResourcesReplies::networkCard)
            .toList(),
        raw);
  }

  private static ServerResources.Cpu cpu(JsonFields cpu) {
    List<ServerResources.CpuSocket> sockets = new ArrayList<>();
    for (JsonFields socket : cpu.objectList("sockets")) {
      List<JsonFields> cores = socket.objectList("cores");
      int threads = 0;
      for (JsonFields core : cores) {
        threads += core.objectList("threads").size();
      }
      sockets.add(
          new ServerResources.CpuSocket(
              socket.integer("socket"),
              socket.text("name"),
              socket.text("vendor"),
              cores.size(),
              threads));
    }
    return new ServerResources.Cpu(cpu.text("architecture"), cpu.integer("total"), sockets);
  }

  private static ServerResources.Memory memory(JsonFields memory) {
    return new ServerResources.Memory(
        memory.number("total"),
        memory.number("used"),
        memory.number("hugepages_total"),
        memory.number("hugepages_used"));
  }

  private static ServerResources.Disk disk(JsonFields disk) {
    return new ServerResources.Disk(
        disk.text("id"),
        disk.text("device"),
        disk.text("model"),
        disk.text("type"),
        disk.number("size"),
        disk.bool("read_only"),
        disk.bool("removable"));
  }

  private static ServerResources.Gpu gpu(JsonFields card) {
    return new ServerResources.Gpu(
        card.text("driver"), card.text("vendor"), card.text("product"), card.text("pci_address"));
  }

  private static ServerResources.NetworkCard networkCard(JsonFields card) {
    List<String> ports = new ArrayList<>();
    for (JsonFields port : card.objectList("ports")) {
      ports.add(port.text("id"));
    }
    return new ServerResources.NetworkCard(
        card.text("driver"),
        card.text("vendor"),
        card.text("product"),
        card.text("pci_address"),
        ports);
  }
}
