package io.bizloop.loop;

import org.junit.jupiter.api.Test;

/**
 * {@link LoopStress} on the in-memory store: 8 threads of mixed commands, every invariant after
 * each round, no exception. Rounds: {@code -Dbizloop.stress.rounds} or {@code BIZLOOP_STRESS_ROUNDS}
 * (default 30; {@code .ci/run} sets 300).
 */
class LoopStressTest {

  @Test
  void mixedWritersKeepEveryInvariantAndThrowNothing() throws Exception {
    LoopStress.run(Bizloop.inMemory(CompanySettings.chinaDefaults()), LoopStress.rounds(30), 40);
  }
}
