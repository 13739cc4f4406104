package dev.lxdjava.core.exec;

import dev.lxdjava.core.LxdValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command to run inside an instance ({@code POST /1.0/instances/{name}/exec}). LXD runs it
 * directly, without a shell: pass {@code sh -c '...'} for shell syntax.
 *
 * @param command the program and its arguments; at least the program
 * @param environment variables added to LXD's defaults ({@code PATH}, {@code LANG}, {@code HOME},
 *     {@code USER})
 * @param user numeric user id the command runs as (0 is root, LXD's default); needs the API
 *     extension {@code container_exec_user_group_cwd} when not 0
 * @param group numeric group id (0 by default)
 * @param cwd absolute working directory, or empty for LXD's default ({@code /root} for root)
 */
public record ExecRequest(
    List<String> command, Map<String, String> environment, int user, int group, String cwd) {

  public ExecRequest {
    if (command == null || command.isEmpty()) {
      throw new LxdValidationException(
          "exec command", String.valueOf(command), "must name at least the program to run");
    }
    for (String part : command) {
      if (part == null) {
        throw new LxdValidationException(
            "exec command", command.toString(), "must not contain null arguments");
      }
    }
    if (command.get(0).isEmpty()) {
      throw new LxdValidationException("exec command", command.toString(), "program is empty");
    }
    command = List.copyOf(command);
    environment = environment == null ? Map.of() : copyEnvironment(environment);
    if (user < 0) {
      throw new LxdValidationException("exec user id", Integer.toString(user), "must be >= 0");
    }
    if (group < 0) {
      throw new LxdValidationException("exec group id", Integer.toString(group), "must be >= 0");
    }
    cwd = cwd == null ? "" : cwd;
    if (!cwd.isEmpty() && !cwd.startsWith("/")) {
      throw new LxdValidationException("exec working directory", cwd, "must be an absolute path");
    }
  }

  private static Map<String, String> copyEnvironment(Map<String, String> environment) {
    for (Map.Entry<String, String> entry : environment.entrySet()) {
      String name = entry.getKey();
      if (name == null || name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0) {
        throw new LxdValidationException(
            "environment variable name", String.valueOf(name), "must be non-empty without '='");
      }
      if (entry.getValue() == null) {
        throw new LxdValidationException(
            "environment variable " + name, "null", "must have a value");
      }
    }
    return Map.copyOf(environment);
  }

  /** A command run as root in LXD's default directory with LXD's default environment. */
  public static ExecRequest of(String... command) {
    return new ExecRequest(List.of(command), Map.of(), 0, 0, "");
  }

  /** Starts a builder for the command. */
  public static Builder builder(String... command) {
    return new Builder(List.of(command));
  }

  /** Starts a builder for the command. */
  public static Builder builder(List<String> command) {
    return new Builder(command);
  }

  /** Collects the optional parts of an {@link ExecRequest}. */
  public static final class Builder {
    private final List<String> command;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private int user;
    private int group;
    private String cwd = "";

    private Builder(List<String> command) {
      this.command = List.copyOf(command);
    }

    /** Adds one environment variable. */
    public Builder environment(String name, String value) {
      environment.put(name, value);
      return this;
    }

    /** Adds environment variables. */
    public Builder environment(Map<String, String> values) {
      environment.putAll(values);
      return this;
    }

    /** Sets the numeric user id. */
    public Builder user(int value) {
      this.user = value;
      return this;
    }

    /** Sets the numeric group id. */
    public Builder group(int value) {
      this.group = value;
      return this;
    }

    /** Sets the absolute working directory. */
    public Builder cwd(String value) {
      this.cwd = value;
      return this;
    }

    /** Checks and returns the request. */
    public ExecRequest build() {
      return new ExecRequest(command, environment, user, group, cwd);
    }
  }
}
