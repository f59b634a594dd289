package io.bizloop.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill -9 test on an H2 file database, with {@code ;WRITE_DELAY=0} on the URL — what the
 * README asks of a host that needs a commit to survive a crash: every batch the writer was told
 * was committed survives SIGKILL.
 *
 * <p>With H2's default write delay (500 ms) SIGKILL takes the last batches reported committed
 * (the rerun writes them again under their keys), and one run in about six ended with the
 * inventory account differing from the stock items after the rerun — not seen with
 * {@code WRITE_DELAY=0}, nor ever on PostgreSQL; whether H2's recovery of delayed commits or
 * something of ours is at fault is open (the invariants are now also checked right after the
 * kill, before the rerun, to tell the two apart).
 */
class H2CrashRecoveryTest extends CrashRecoveryContract {

  @TempDir Path folder;

  @Override
  String newDatabaseUrl(String name) {
    return "jdbc:h2:file:" + folder.resolve(name).toAbsolutePath() + ";WRITE_DELAY=0";
  }

  @Override
  boolean commitSurvivesKill() {
    return true;
  }
}
