package dev.lxdjava.auth;

/**
 * The checks a project name in a grant must pass. They match what LXD accepts in a URL path
 * segment; the gateway checks the same names with LXD's own rules before they reach LXD.
 */
final class ProjectNames {
  private ProjectNames() {}

  static String requireValid(String project) {
    if (project == null || project.isEmpty() || project.length() > 63) {
      throw new AuthValidationException("project", project, "must be 1 to 63 characters long");
    }
    if (project.equals(".") || project.equals("..") || !project.matches("[^/\\\\\\s]+")) {
      throw new AuthValidationException(
          "project", project, "must not be '.' or '..' or contain '/', '\\' or white space");
    }
    for (char c : project.toCharArray()) {
      if (Character.isISOControl(c)) {
        throw new AuthValidationException("project", null, "must not contain control characters");
      }
    }
    return project;
  }
}
