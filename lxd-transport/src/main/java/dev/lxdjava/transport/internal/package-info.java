/**
 * Implementation of the SDK's ports over LXD's REST API. Not API: classes here change without
 * notice. Use {@link dev.lxdjava.transport.LxdClient} and the ports in {@code dev.lxdjava.core}.
 */
package dev.lxdjava.transport.internal;
