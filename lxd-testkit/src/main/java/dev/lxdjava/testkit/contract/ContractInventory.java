package dev.lxdjava.testkit.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract suite as compiled: every {@link LxdContract} class in this package, its test methods
 * and its {@link NotOnFake} exclusions. For documentation checks and summaries.
 */
public final class ContractInventory {
  private static final String PACKAGE = ContractInventory.class.getPackageName();

  private ContractInventory() {}

  /** Finds the contract classes, sorted by name. */
  public static List<Class<?>> classes() {
    List<Class<?>> result = new ArrayList<>();
    for (String name : classNames()) {
      try {
        Class<?> type =
            Class.forName(PACKAGE + "." + name, false, ContractInventory.class.getClassLoader());
        if (type.isAnnotationPresent(LxdContract.class)) {
          result.add(type);
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("cannot load contract class " + name, e);
      }
    }
    result.sort(Comparator.comparing(Class::getSimpleName));
    return result;
  }

  /** Lists every contract test as {@code Class.method}, sorted. */
  public static List<String> tests() {
    List<String> names = new ArrayList<>();
    for (Class<?> type : classes()) {
      for (Method method : type.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Test.class)) {
          names.add(type.getSimpleName() + "." + method.getName());
        }
      }
    }
    names.sort(null);
    return names;
  }

  /** Lists the tests excluded on the fake with their reasons, sorted by name. */
  public static Map<String, String> excluded() {
    Map<String, String> result = new TreeMap<>();
    for (Class<?> type : classes()) {
      NotOnFake onClass = type.getAnnotation(NotOnFake.class);
      for (Method method : type.getDeclaredMethods()) {
        if (!method.isAnnotationPresent(Test.class)) {
          continue;
        }
        NotOnFake onMethod = method.getAnnotation(NotOnFake.class);
        NotOnFake exclusion = onMethod != null ? onMethod : onClass;
        if (exclusion != null) {
          result.put(type.getSimpleName() + "." + method.getName(), exclusion.value());
        }
      }
    }
    return result;
  }

  /** Simple names of the top-level classes in this package, from a directory or a jar. */
  private static List<String> classNames() {
    List<String> names = new ArrayList<>();
    String folder = PACKAGE.replace('.', '/');
    try {
      Enumeration<URL> roots = ContractInventory.class.getClassLoader().getResources(folder);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (root.getProtocol().equals("jar")) {
          JarURLConnection connection = (JarURLConnection) root.openConnection();
          connection.setUseCaches(false);
          Enumeration<JarEntry> entries = connection.getJarFile().entries();
          while (entries.hasMoreElements()) {
            addIfClass(names, entries.nextElement().getName(), folder + "/");
          }
        } else {
          try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
            files.forEach(
                file -> addIfClass(names, folder + "/" + file.getFileName(), folder + "/"));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  private static void addIfClass(List<String> names, String entry, String prefix) {
    if (entry.startsWith(prefix) && entry.endsWith(".class") && !entry.contains("$")) {
      String name = entry.substring(prefix.length(), entry.length() - ".class".length());
      if (!name.contains("/") && !names.contains(name)) {
        names.add(name);
      }
    }
  }
}
