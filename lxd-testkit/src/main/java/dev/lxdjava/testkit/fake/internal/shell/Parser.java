package dev.lxdjava.testkit.fake.internal.shell;

import dev.lxdjava.testkit.fake.internal.shell.Lexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Recursive-descent parser from tokens to {@link Syntax}. */
final class Parser {
  private static final Set<String> LIST_END =
      Set.of("then", "else", "elif", "fi", "do", "done", "}", "esac");

  private final List<Token> tokens;
  private int position;

  private Parser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /**
   * Parses a whole script.
   *
   * @throws ShellSyntaxException when the text is not valid shell
   */
  static Syntax parse(String source) {
    Parser parser = new Parser(Lexer.tokenize(source));
    Syntax result = parser.list();
    if (parser.position < parser.tokens.size()) {
      throw new ShellSyntaxException(
          "syntax error: unexpected \"" + parser.tokens.get(parser.position).text() + "\"");
    }
    return result;
  }

  private Token peek() {
    return position < tokens.size() ? tokens.get(position) : null;
  }

  private boolean atListEnd() {
    Token token = peek();
    return token == null
        || token.is(")")
        || token.is(";;")
        || (!token.operator() && LIST_END.contains(token.text()));
  }

  private void skipNewlines() {
    while (peek() != null && peek().is("\n")) {
      position++;
    }
  }

  private Syntax list() {
    List<Syntax> items = new ArrayList<>();
    skipNewlines();
    while (!atListEnd()) {
      items.add(andOr());
      Token token = peek();
      if (token != null && (token.is(";") || token.is("\n") || token.is("&"))) {
        position++;
        skipNewlines();
      } else {
        break;
      }
    }
    return new Syntax.Sequence(items);
  }

  private Syntax andOr() {
    List<Syntax> pipelines = new ArrayList<>();
    List<String> operators = new ArrayList<>();
    pipelines.add(pipeline());
    while (peek() != null && (peek().is("&&") || peek().is("||"))) {
      operators.add(tokens.get(position++).text());
      skipNewlines();
      pipelines.add(pipeline());
    }
    return new Syntax.AndOr(pipelines, operators);
  }

  private Syntax pipeline() {
    boolean negated = false;
    if (peek() != null && peek().isWord("!")) {
      negated = true;
      position++;
    }
    List<Syntax> commands = new ArrayList<>();
    commands.add(command());
    while (peek() != null && peek().is("|")) {
      position++;
      skipNewlines();
      commands.add(command());
    }
    return new Syntax.Pipeline(commands, negated);
  }

  private void expectWord(String word) {
    skipNewlines();
    Token token = peek();
    if (token == null || !token.isWord(word)) {
      throw new ShellSyntaxException(
          "syntax error: unexpected "
              + (token == null ? "end of file" : "\"" + token.text() + "\"")
              + " (expecting \""
              + word
              + "\")");
    }
    position++;
  }

  private Syntax command() {
    Token token = peek();
    if (token == null) {
      throw new ShellSyntaxException("syntax error: unexpected end of file");
    }
    if (token.isWord("if")) {
      return ifCommand();
    }
    if (token.isWord("while") || token.isWord("until")) {
      position++;
      Syntax condition = list();
      expectWord("do");
      Syntax body = list();
      expectWord("done");
      return new Syntax.While(condition, body, token.text().equals("until"));
    }
    if (token.isWord("for")) {
      return forCommand();
    }
    if (token.isWord("{")) {
      position++;
      Syntax body = list();
      expectWord("}");
      return new Syntax.Group(body, false, redirects());
    }
    if (token.is("(")) {
      position++;
      Syntax body = list();
      if (peek() == null || !peek().is(")")) {
        throw new ShellSyntaxException("syntax error: unexpected end of file (expecting \")\")");
      }
      position++;
      return new Syntax.Group(body, true, redirects());
    }
    return simple();
  }

  private Syntax ifCommand() {
    List<Syntax> conditions = new ArrayList<>();
    List<Syntax> bodies = new ArrayList<>();
    position++;
    conditions.add(list());
    expectWord("then");
    bodies.add(list());
    Syntax otherwise = null;
    while (true) {
      skipNewlines();
      Token token = peek();
      if (token != null && token.isWord("elif")) {
        position++;
        conditions.add(list());
        expectWord("then");
        bodies.add(list());
      } else if (token != null && token.isWord("else")) {
        position++;
        otherwise = list();
      } else {
        break;
      }
    }
    expectWord("fi");
    return new Syntax.If(conditions, bodies, otherwise);
  }

  private Syntax forCommand() {
    position++;
    Token name = peek();
    if (name == null || name.operator()) {
      throw new ShellSyntaxException("syntax error: bad for loop variable");
    }
    position++;
    List<String> words = null;
    skipNewlines();
    if (peek() != null && peek().isWord("in")) {
      position++;
      words = new ArrayList<>();
      while (peek() != null && !peek().operator()) {
        words.add(tokens.get(position++).text());
      }
    }
    if (peek() != null && (peek().is(";") || peek().is("\n"))) {
      position++;
    }
    expectWord("do");
    Syntax body = list();
    expectWord("done");
    return new Syntax.For(name.text(), words, body);
  }

  private Syntax simple() {
    List<String> assignments = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<Syntax.Redirect> redirects = new ArrayList<>();
    while (peek() != null) {
      Token token = peek();
      if (token.operator() && isRedirect(token.text())) {
        redirects.add(redirect());
      } else if (!token.operator()) {
        position++;
        if (words.isEmpty() && token.text().matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
          assignments.add(token.text());
        } else {
          words.add(token.text());
        }
      } else {
        break;
      }
    }
    if (assignments.isEmpty() && words.isEmpty() && redirects.isEmpty()) {
      throw new ShellSyntaxException("syntax error: unexpected \"" + peek().text() + "\"");
    }
    return new Syntax.Command(assignments, words, redirects);
  }

  private List<Syntax.Redirect> redirects() {
    List<Syntax.Redirect> redirects = new ArrayList<>();
    while (peek() != null && peek().operator() && isRedirect(peek().text())) {
      redirects.add(redirect());
    }
    return redirects;
  }

  private static boolean isRedirect(String text) {
    return text.matches("[0-9]?(>>|>&|<&|>|<)");
  }

  private Syntax.Redirect redirect() {
    String text = tokens.get(position++).text();
    int digits = Character.isDigit(text.charAt(0)) ? 1 : 0;
    String operator = text.substring(digits);
    int fd = digits == 1 ? text.charAt(0) - '0' : (operator.startsWith("<") ? 0 : 1);
    Token target = peek();
    if (target == null || target.operator()) {
      throw new ShellSyntaxException("syntax error: unexpected redirection");
    }
    position++;
    return new Syntax.Redirect(fd, operator.equals("<&") ? ">&" : operator, target.text());
  }
}
