package dev.lxdjava.core.network;

/**
 * A DHCP lease or static allocation on a managed network ({@code GET /1.0/networks/{name}/leases},
 * API extension {@code network_leases}).
 *
 * @param hostname host name the client sent, or the instance name
 * @param hwaddr the client's MAC address
 * @param address the leased address
 * @param type {@code dynamic}, {@code static} or {@code gateway}
 * @param location cluster member holding the lease, {@code none} outside a cluster
 */
public record NetworkLease(
    String hostname, String hwaddr, String address, String type, String location) {}
