/**
 * A small POSIX-like shell that the fake LXD runs for exec and console sessions: sequences, {@code
 * &&} and {@code ||}, pipes, redirections, {@code if}, {@code while}, {@code for}, variables,
 * {@code $((...))} and {@code $(...)}, and busybox-like commands such as {@code echo}, {@code cat},
 * {@code sleep}, {@code stty size} and {@code md5sum}. Not API.
 */
package dev.lxdjava.testkit.fake.internal.shell;
