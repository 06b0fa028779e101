package org.dlkit.grader.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Groups failure messages that differ only in numbers, and counts each group. */
public final class MessageGroups {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  /**
   * One group of messages.
   *
   * @param shape the message with every number replaced by {@code #}
   * @param example the first message of the group, as written
   * @param count how many messages the group holds
   */
  public record Group(String shape, String example, int count) {}

  private MessageGroups() {}

  /** Returns {@code message} with every number replaced by {@code #}. */
  public static String shape(String message) {
    return NUMBER.matcher(message).replaceAll("#");
  }

  /** Returns the {@code limit} largest groups of {@code messages}, largest first (ties in order of appearance). */
  public static List<Group> top(List<String> messages, int limit) {
    Map<String, String> examples = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String message : messages) {
      String shape = shape(message);
      examples.putIfAbsent(shape, message);
      counts.merge(shape, 1, Integer::sum);
    }
    List<Group> groups = new ArrayList<>();
    counts.forEach((shape, count) -> groups.add(new Group(shape, examples.get(shape), count)));
    groups.sort(Comparator.comparingInt(Group::count).reversed());
    return List.copyOf(groups.subList(0, Math.min(limit, groups.size())));
  }
}
