package dev.lxdjava.testkit.fake.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ShellProcessTest {
  /** Files in a map; directories are the paths that end with a slash. */
  private static final class MapFiles implements ShellFiles {
    final Map<String, byte[]> files = new TreeMap<>();

    MapFiles() {
      files.put("/", new byte[0]);
      files.put("/tmp/", new byte[0]);
      files.put("/root/", new byte[0]);
      files.put("/bin/sh", new byte[0]);
    }

    @Override
    public byte[] read(String path) throws IOException {
      byte[] content = files.get(path);
      if (content == null) {
        throw new FileNotFoundException("No such file or directory");
      }
      return content;
    }

    @Override
    public void write(String path, byte[] content, boolean append) {
      byte[] old = files.getOrDefault(path, new byte[0]);
      byte[] joined = new byte[append ? old.length + content.length : content.length];
      if (append) {
        System.arraycopy(old, 0, joined, 0, old.length);
      }
      System.arraycopy(content, 0, joined, append ? old.length : 0, content.length);
      files.put(path, joined);
    }

    @Override
    public List<String> list(String directory) {
      List<String> names = new ArrayList<>();
      String prefix = directory.endsWith("/") ? directory : directory + "/";
      for (String path : files.keySet()) {
        String rest = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
        if (!rest.isEmpty() && rest.indexOf('/') < 0) {
          names.add(rest);
        }
      }
      return names;
    }

    @Override
    public boolean exists(String path) {
      return files.containsKey(path) || files.containsKey(path + "/");
    }

    @Override
    public boolean isDirectory(String path) {
      return files.containsKey(path.endsWith("/") ? path : path + "/");
    }

    @Override
    public void mkdir(String path, boolean parents) {
      files.put(path + "/", new byte[0]);
    }

    @Override
    public void remove(String path, boolean recursive) {
      files.remove(path);
    }
  }

  private static final class Fixed implements Host {
    @Override
    public int rows() {
      return 24;
    }

    @Override
    public int columns() {
      return 80;
    }

    @Override
    public boolean isTerminal() {
      return false;
    }

    @Override
    public void echo(boolean on) {}

    @Override
    public String hostname() {
      return "c1";
    }

    @Override
    public List<String> processes() {
      return List.of();
    }

    @Override
    public boolean kill(long pid, int signal) {
      return false;
    }
  }

  /** The exit status, standard output and standard error of one run. */
  private record Result(int status, String out, String err) {}

  private final MapFiles files = new MapFiles();

  private Result run(String input, String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, err);
    int status =
        ShellProcess.run(
            List.of(argv),
            Map.of("HOME", "/root"),
            "/root",
            io,
            files,
            new Fixed(),
            new Signals(),
            42);
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Result sh(String script) {
    return run("", "sh", "-c", script);
  }

  @Test
  void exitStatusComesFromExit() {
    assertThat(sh("exit 7").status()).isEqualTo(7);
  }

  @Test
  void andOrFollowStatus() {
    assertThat(sh("false && echo no || echo yes").out()).isEqualTo("yes\n");
  }

  @Test
  void variablesArithmeticAndLoops() {
    Result result = sh("i=0; while [ $i -lt 3 ]; do echo \"n=$i\"; i=$((i + 1)); done; echo $?");

    assertThat(result.out()).isEqualTo("n=0\nn=1\nn=2\n0\n");
  }

  @Test
  void forAndIfBranches() {
    Result result =
        sh("for x in a b; do if [ \"$x\" = a ]; then echo A; else echo other; fi; done");

    assertThat(result.out()).isEqualTo("A\nother\n");
  }

  @Test
  void singleQuotesKeepDollarSigns() {
    assertThat(sh("echo '$HOME' \"$HOME\"").out()).isEqualTo("$HOME /root\n");
  }

  @Test
  void commandSubstitutionTrimsNewlines() {
    assertThat(sh("x=$(echo hi); echo \"[$x]\"").out()).isEqualTo("[hi]\n");
  }

  @Test
  void redirectionsWriteAndAppendFiles() {
    sh("echo one > /tmp/f; echo two >> /tmp/f");

    assertThat(sh("cat /tmp/f").out()).isEqualTo("one\ntwo\n");
  }

  @Test
  void stderrRedirectsToStdout() {
    Result result = sh("echo oops >&2; echo both 2>&1");

    assertThat(result.err()).isEqualTo("oops\n");
    assertThat(result.out()).isEqualTo("both\n");
  }

  @Test
  void pipesFeedNextCommand() {
    assertThat(sh("printf 'a\\nb\\n' | wc -l").out()).isEqualTo("2\n");
  }

  @Test
  void yesIntoHeadEndsWithBrokenPipe() {
    assertThat(sh("yes x | head -c 4").out()).isEqualTo("x\nx\n");
  }

  @Test
  void catReadsStandardInput() {
    assertThat(run("abc", "cat").out()).isEqualTo("abc");
  }

  @Test
  void md5sumOfInput() {
    assertThat(run("hello\n", "md5sum").out()).isEqualTo("b1946ac92492d2347c6235b4d2611184  -\n");
  }

  @Test
  void printfFormatsAndReusesFormat() {
    assertThat(sh("printf '%s=%d\\n' a 1 b 2").out()).isEqualTo("a=1\nb=2\n");
  }

  @Test
  void unknownCommandGives127() {
    Result result = sh("nosuch");

    assertThat(result.status()).isEqualTo(127);
    assertThat(result.err()).isEqualTo("sh: nosuch: not found\n");
  }

  @Test
  void syntaxErrorGives2() {
    Result result = sh("if true; then");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).startsWith("sh: syntax error");
  }

  @Test
  void killOfSelfWithTermGives143() {
    assertThat(sh("kill -TERM $$; echo not reached").status()).isEqualTo(143);
  }

  @Test
  void sttyWithoutTerminalFails() {
    Result result = run("", "stty", "size");

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.err()).contains("Not a tty");
  }

  @Test
  void scriptFromStandardInputRunsLineByLine() {
    assertThat(run("echo a\necho b\nexit 4\necho c\n", "sh").out()).isEqualTo("a\nb\n");
  }

  @Test
  void signalDuringSleepEndsIt() throws Exception {
    Signals signals = new Signals();
    Io io = new Io(new ByteArrayInputStream(new byte[0]), buffer(), buffer());
    int[] status = new int[1];
    Thread process =
        new Thread(
            () ->
                status[0] =
                    ShellProcess.run(
                        List.of("sleep", "30"), Map.of(), "/", io, files, new Fixed(), signals, 1));
    process.start();

    Thread.sleep(100);
    signals.raise(Signals.SIGTERM);
    process.join(5000);

    assertThat(status[0]).isEqualTo(143);
  }

  private static ByteArrayOutputStream buffer() {
    return new ByteArrayOutputStream();
  }
}
