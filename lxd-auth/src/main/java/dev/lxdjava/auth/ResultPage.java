package dev.lxdjava.auth;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items on this page
 * @param total the number of items on all pages
 */
public record ResultPage<T>(List<T> items, long total) {
  public ResultPage {
    items = List.copyOf(items);
  }
}
