package dev.lxdjava.testkit.fake.internal.shell;

import java.util.List;

/** The shell's syntax tree. Words are kept raw (with quotes) and expanded when run. */
interface Syntax {
  /** Commands run one after another. */
  record Sequence(List<Syntax> items) implements Syntax {}

  /** Pipelines joined by {@code &&} and {@code ||}, evaluated left to right. */
  record AndOr(List<Syntax> pipelines, List<String> operators) implements Syntax {}

  /** Commands whose output feeds the next one's input; {@code negated} for a leading {@code !}. */
  record Pipeline(List<Syntax> commands, boolean negated) implements Syntax {}

  /**
   * A redirection: {@code fd op target}, where op is {@code >}, {@code >>}, {@code <} or {@code >&}
   * (target is then a file descriptor number).
   */
  record Redirect(int fd, String operator, String target) {}

  /** A simple command with its variable assignments, words and redirections. */
  record Command(List<String> assignments, List<String> words, List<Redirect> redirects)
      implements Syntax {}

  /** {@code if}: conditions and bodies in order, then the optional {@code else} body. */
  record If(List<Syntax> conditions, List<Syntax> bodies, Syntax otherwise) implements Syntax {}

  /** {@code while} or {@code until}. */
  record While(Syntax condition, Syntax body, boolean until) implements Syntax {}

  /** {@code for name in words; do body; done}. */
  record For(String variable, List<String> words, Syntax body) implements Syntax {}

  /** A {@code { ...; }} group, or a {@code ( ... )} subshell. */
  record Group(Syntax body, boolean subshell, List<Redirect> redirects) implements Syntax {}
}
