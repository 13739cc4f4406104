package dev.lxdjava.example;

import dev.lxdjava.core.Lxd;
import dev.lxdjava.core.instance.InstanceCreate;

/** Code under test: makes sure a container runs, creating and starting it when needed. */
public final class Deployer {
  private final Lxd lxd;

  public Deployer(Lxd lxd) {
    this.lxd = lxd;
  }

  /** Creates the container unless it exists, starts it unless it runs, and returns its status. */
  public String deploy(String name) {
    if (lxd.instances().find(name).isEmpty()) {
      lxd.instances().create(InstanceCreate.builder(name).image("lxdjava-busybox").build()).await();
    }
    if (!lxd.instances().get(name).isRunning()) {
      lxd.instances().start(name).await();
    }
    return lxd.instances().get(name).status();
  }
}
