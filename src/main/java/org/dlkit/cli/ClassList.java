package org.dlkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dlkit.hub.Account;
import org.dlkit.hub.HubSettings;
import org.dlkit.hub.HubState;
import org.dlkit.hub.Member;
import org.dlkit.hub.Roster;

/** The students whose homes collect and return visit: the roster's, or those of the hub's state folder. */
final class ClassList {
  private ClassList() {}

  /**
   * Returns the accounts of the students of {@code roster} (when given) or of the hub in {@code state};
   * a student without an account is reported to {@code err} and left out.
   */
  static List<Account> students(Path roster, Path state, java.io.PrintWriter err) {
    List<String> users;
    if (roster != null) {
      users = Roster.read(roster).students().stream().map(Member::user).toList();
    } else {
      HubState hubState = new HubState(state.toAbsolutePath().normalize());
      users = HubSettings.read(hubState).map(HubSettings::students).orElseThrow(() -> new IllegalArgumentException(
          "no hub in " + hubState.folder() + "; give --roster students.csv or --state of the hub"));
    }
    List<Account> accounts = new ArrayList<>();
    for (String user : users) {
      Account.lookup(user).filter(Account::ours).ifPresentOrElse(accounts::add,
          () -> err.println("dlkit: " + user + " has no account made by dlkit hub; skipped"));
    }
    err.flush();
    return accounts;
  }
}
