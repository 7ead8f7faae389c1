package io.github.patchwork4j.cli;

import java.util.Map;
import java.util.Optional;

/**
 * Where {@code pw4j} talks to and as whom. Each value comes from the first of: the command-line
 * option, the {@code PW_*} environment variable, git's {@code pw.*} configuration (as git-pw
 * reads it).
 *
 * @param url the Patchwork site or API URL ({@code .../api/1.3/} pins that version)
 * @param token the API token, or null
 * @param username the user for HTTP Basic authentication, or null
 * @param password the password for HTTP Basic authentication, or null
 * @param project the project's link name (or id), or null
 */
record Settings(String url, String token, String username, String password, String project) {

  /** The token and password never appear in text. */
  @Override
  public String toString() {
    return "Settings[url=" + url + ", token=" + (token == null ? "none" : "***")
        + ", username=" + username + ", password=" + (password == null ? "none" : "***")
        + ", project=" + project + "]";
  }

  /**
   * Resolves every setting.
   *
   * @param options the values given on the command line (null when not given)
   * @param env the environment
   * @param git git's configuration in the working directory
   * @return the settings
   */
  static Settings resolve(Settings options, Map<String, String> env, GitConfig git) {
    return new Settings(
        pick(options.url(), env, "PW_URL", git, "server"),
        pick(options.token(), env, "PW_TOKEN", git, "token"),
        pick(options.username(), env, "PW_USERNAME", git, "username"),
        pick(options.password(), env, "PW_PASSWORD", git, "password"),
        pick(options.project(), env, "PW_PROJECT", git, "project"));
  }

  private static String pick(String option, Map<String, String> env, String variable, GitConfig git, String key) {
    if (present(option)) {
      return option;
    }
    String fromEnv = env.get(variable);
    if (present(fromEnv)) {
      return fromEnv;
    }
    Optional<String> fromGit = git.get(key);
    return fromGit.filter(Settings::present).orElse(null);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
