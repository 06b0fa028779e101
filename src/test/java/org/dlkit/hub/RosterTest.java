package org.dlkit.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RosterTest {
  @Test
  void readsUsersNamesAndRolesSkippingHeaderCommentsAndBlankLines() {
    Roster roster = Roster.parse("students.csv", """
        user,name,role
        # the morning group
        alice,Alice Liddell,student

        bob , Bob Dylan
        carol,Carol Shaw,Instructor
        dave
        """);
    assertEquals(List.of("alice", "bob", "dave"), roster.students().stream().map(Member::user).toList());
    assertEquals(List.of("carol"), roster.instructors().stream().map(Member::user).toList());
    assertEquals(new Member("bob", "Bob Dylan", Role.STUDENT, 5), roster.members().get(1));
    assertEquals(6, roster.members().get(2).line());
  }

  @Test
  void everyBadLineIsNamedAndNothingIsReturned() {
    RosterException e = assertThrows(RosterException.class, () -> Roster.parse("students.csv", """
        alice,Alice
        bob,Bob
        alice,Alice Again
        Alice Smith,Alice S
        root,The Admin
        9lives,Cat
        eve,Eve,superuser
        systemd-network,Sneaky
        frank,Frank,student,extra
        """));
    assertEquals(List.of(
        "line 3: 'alice' is already on line 1; every user name must be unique",
        "line 4: 'Alice Smith' is not a valid user name; use 1 to 32 lowercase letters, digits, '_' or '-', starting with a letter",
        "line 5: 'root' is a reserved system account name; give this person another user name",
        "line 6: '9lives' is not a valid user name; use 1 to 32 lowercase letters, digits, '_' or '-', starting with a letter",
        "line 7: role 'superuser' is neither student nor instructor",
        "line 8: 'systemd-network' is a reserved system account name; give this person another user name",
        "line 9: 4 fields; give user,name,role (a name may not contain a comma)"), e.problems());
    assertTrue(e.getMessage().startsWith("students.csv: 7 problems (no account was created):"), e.getMessage());
  }

  @Test
  void hostileNamesAreShownPrintably() {
    RosterException e = assertThrows(RosterException.class, () -> Roster.parse("r.csv", "ok\nbad\u001b[2Jname\n"));
    assertEquals(List.of("line 2: 'bad\\u001b[2Jname' is not a valid user name; use 1 to 32 lowercase letters, digits,"
        + " '_' or '-', starting with a letter"), e.problems());
  }

  @Test
  void userNamesLongerThan32AreRefusedAnd32IsFine() {
    String longest = "a".repeat(32);
    assertEquals(longest, Roster.parse("r.csv", longest).members().get(0).user());
    assertThrows(RosterException.class, () -> Roster.parse("r.csv", longest + "a"));
  }

  @Test
  void anEmptyRosterIsAnError() {
    RosterException e = assertThrows(RosterException.class, () -> Roster.parse("r.csv", "user,name\n# nobody yet\n"));
    assertEquals(List.of("line 1: nobody is on the roster; give one user,name,role line per person"), e.problems());
  }

  @Test
  void limitsRefuseAMemoryLimitBelowTheHeap() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Limits("1g", 1024, 512, 600));
    assertEquals("--memory 1024 MiB leaves no room beside a heap of 1g; give at least the heap plus 256 MiB"
        + " (the JVM's own memory and the notebook server)", e.getMessage());
    assertEquals(1280, new Limits("1g", 1280, 512, 600).memoryMegabytes());
  }
}
