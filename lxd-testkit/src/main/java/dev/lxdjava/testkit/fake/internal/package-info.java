/**
 * The fake LXD daemon's implementation: HTTP and WebSocket front end, in-memory state, operations,
 * events and exec sessions. Not API: use {@link dev.lxdjava.testkit.fake.FakeLxd}.
 */
package dev.lxdjava.testkit.fake.internal;
